import { describe, expect, it } from "vitest";
import { itemAt } from "@/lib/lists";
import { renderPublicScheduleJson } from "./schedule-json";
import { BASE, lisbonProgramme, RELEASE, tokyoProgramme } from "./test-programmes";

describe("renderPublicScheduleJson", () => {
  const p = lisbonProgramme();
  const out = renderPublicScheduleJson(p, RELEASE, { baseUrl: BASE });

  it("edition, release (ISO in the edition zone) and venues", () => {
    expect(out.edition).toEqual({
      slug: "fest",
      name: "Fest",
      firstDay: "2026-10-23",
      lastDay: "2026-10-25",
      timeZone: "Europe/Lisbon",
      dayBreak: "06:00",
      accentColor: null,
      logo: null,
    });
    expect(out.release).toEqual({ version: 7, publishedAt: "2026-10-01T11:15:30+01:00" });
    expect(out.venues).toEqual([
      { id: 1, slug: "cinema-1", name: "Cinema 1", capacity: 200, stepFree: false },
      { id: 2, slug: "hall-b", name: "Hall B", capacity: 80, stepFree: false },
    ]);
  });

  it("days follow the festival days; the DST-night screening sits on the 24th", () => {
    expect(out.days.map((d) => [d.date, d.screenings.map((s) => s.id)])).toEqual(p.days.map((d) => [d.day, d.screenings.map((s) => s.id)]));
    const s11 = itemAt(out.days, 1).screenings.find((s) => s.id === 11);
    expect(s11).toMatchObject({
      startsAt: "2026-10-25T00:30:00+01:00",
      endsAt: "2026-10-25T02:30:00+00:00",
      festivalDay: "2026-10-24",
      localDate: "2026-10-25",
      afterMidnight: true,
      slotMinutes: 180,
      status: "confirmed",
      revision: 1,
      venue: { id: 1, slug: "cinema-1", name: "Cinema 1" },
    });
    expect(s11?.films[0]?.url).toBe(`${BASE}/schedule/fest/films/2-metropolis`);
  });

  it("cancelled multi-film programme keeps status, order and every film", () => {
    const s12 = itemAt(out.days, 1).screenings.find((s) => s.id === 12);
    expect(s12?.status).toBe("cancelled");
    expect(s12?.title).toBe("Pier 9 + Untitled (Tomás Reis, 2023)");
    expect(s12?.films.map((f) => [f.id, f.displayTitle, f.title])).toEqual([
      [4, "Pier 9", "Pier 9"],
      [3, "Untitled (Tomás Reis, 2023)", null],
    ]);
  });

  it("only public film fields, and survives JSON round trip with tricky text", () => {
    const film = itemAt(
      out.days.flatMap((d) => d.screenings).flatMap((s) => s.films),
      0,
    );
    expect(Object.keys(film).sort()).toEqual(
      [
        "cast",
        "countries",
        "directors",
        "displayTitle",
        "genre",
        "id",
        "image",
        "rating",
        "section",
        "languages",
        "originalTitle",
        "runtimeMinutes",
        "subtitles",
        "synopsis",
        "title",
        "url",
        "year",
      ].sort(),
    );
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it("relative film URLs without a base URL", () => {
    const o = renderPublicScheduleJson(tokyoProgramme(), RELEASE);
    expect(o.days[0]?.screenings[0]?.films[0]?.url).toBe("/schedule/tk/films/21");
    expect(o.release.publishedAt).toBe("2026-10-01T19:15:30+09:00");
    expect(o.days[0]?.screenings.map((s) => s.id)).toEqual([31, 32]);
  });
});
