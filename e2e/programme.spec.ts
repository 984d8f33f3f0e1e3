import { expect, test } from "@playwright/test";
import { anonymous, makeEdition, makeFilm, makeSlot, signedIn, type TestEdition } from "./helpers";

/**
 * Issue 15: a named programme with guests, language and access, and tickets, from the API to
 * every public output; what is internal (the screening's and the guests' notes) in none.
 */
const SCREENING_SECRET = "reel-3-scratch-7Q";
const PERSON_SECRET = "guest-phone-9Z";

test.describe("a named programme with guests in every output", () => {
  let ed: TestEdition;
  let titles: string[];

  test.beforeAll(async () => {
    const api = await signedIn();
    ed = await makeEdition(api);
    const ana = await api.post("/api/v1/people", {
      data: { name: "Ana Ferreira", role: "director", internalNotes: `Call ${PERSON_SECRET}` },
    });
    expect(ana.status(), await ana.text()).toBe(201);
    const rui = await api.post("/api/v1/people", { data: { name: "Rui Almeida", role: "moderator" } });
    expect(rui.status()).toBe(201);
    titles = [`Pier Night ${ed.slug}`, `Tally ${ed.slug}`];
    const films = [
      await makeFilm(api, { title: titles[0], runtimeMinutes: 14, languages: ["Portuguese"], subtitles: "English", section: "Shorts" }),
      await makeFilm(api, { title: titles[1], runtimeMinutes: 22, languages: ["English"], rating: "M/12" }),
    ];
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T19:30:00+01:00");
    const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: {
        filmIds: films,
        qaMinutes: 30,
        status: "confirmed",
        title: "Shorts: Hands at Work",
        description: "Four hours nobody sees.",
        subtitles: "Portuguese",
        accessibility: ["open-captions", "relaxed"],
        format: "35mm",
        internalNotes: `Print: ${SCREENING_SECRET}`,
        ticketUrl: "https://tickets.example.org/hands",
        availability: "sold-out",
        guests: [
          { personId: (await ana.json()).id, role: "director" },
          { personId: (await rui.json()).id, role: null },
        ],
      },
    });
    expect(put.status(), await put.text()).toBe(200);
    const saved = (await put.json()).screening;
    expect(saved).toMatchObject({
      title: "Shorts: Hands at Work",
      format: "35mm",
      availability: "sold-out",
      internalNotes: `Print: ${SCREENING_SECRET}`,
    });
    expect(saved.guests).toHaveLength(2);
    const published = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} });
    expect(published.status(), await published.text()).toBe(201);
  });

  test("the day page, the film page and the print show the programme, its films and guests", async () => {
    const anon = await anonymous();
    const base = `/schedule/${ed.slug}`;
    for (const url of [`${base}/2026-10-23`, `${base}/2026-10-23/print`]) {
      const html = await (await anon.get(url)).text();
      expect(html, url).toContain("Shorts: Hands at Work");
      for (const t of titles) expect(html, url).toContain(t);
      expect(html, url).toMatch(/Q&amp;A with Ana Ferreira \(director\) and Rui Almeida \(moderator\)/);
      expect(html, url).toMatch(/Sold out/i);
      expect(html, url).toContain("Portuguese subtitles");
    }
    const day = await (await anon.get(`${base}/2026-10-23`)).text();
    expect(day).toContain("Open captions");
    expect(day).toContain("Relaxed screening");
    // sold out: no ticket link is offered
    expect(day).not.toContain("https://tickets.example.org/hands");
    const search = await (await anon.get(`${base}/search?q=ferreira`)).text();
    expect(search).toContain("Shorts: Hands at Work");
  });

  test("no public output holds a screening's or a guest's internal notes", async () => {
    const anon = await anonymous();
    const base = `/schedule/${ed.slug}`;
    for (const url of [
      `${base}/2026-10-23`,
      `${base}/2026-10-23/print`,
      `${base}/schedule.ics`,
      `${base}/schedule.xml`,
      `${base}/schedule.json`,
      `${base}/schedule.csv`,
      `${base}/search?q=shorts`,
    ]) {
      const res = await anon.get(url);
      expect(res.status(), url).toBe(200);
      const body = await res.text();
      expect(body, url).not.toContain(SCREENING_SECRET);
      expect(body, url).not.toContain(PERSON_SECRET);
    }
  });

  test("the public JSON carries the programme's facts", async () => {
    const anon = await anonymous();
    const json = await (await anon.get(`/api/v1/editions/${ed.slug}/schedule`)).json();
    const s = json.days.flatMap((d: { screenings: unknown[] }) => d.screenings)[0];
    expect(s).toMatchObject({
      title: "Shorts: Hands at Work",
      programmeTitle: "Shorts: Hands at Work",
      subtitles: "Portuguese",
      // Cinema 1 is not step-free: no step-free mark is added
      accessibility: ["open-captions", "relaxed"],
      format: "35mm",
      availability: "sold-out",
      sections: ["Shorts"],
      guests: [
        { name: "Ana Ferreira", role: "director" },
        { name: "Rui Almeida", role: "moderator" },
      ],
    });
    expect(JSON.stringify(s)).not.toContain("internalNotes");
  });
});
