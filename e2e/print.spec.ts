/**
 * Issue 15 §2: the printed daily programme and the staff sheets, rendered to real PDFs by
 * Chromium (the command line, as a festival would print, and Playwright's page.pdf()) and read
 * back with poppler's pdfinfo / pdftotext.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { dayLabel } from "@/lib/festival-time";
import { itemAt } from "@/lib/lists";
import { CHROMIUM } from "./constants";
import { anonymous, baseURL, logIn, makeEdition, makeFilm, makeSlot, signedIn, uniqueSlug } from "./helpers";

/** The address printed by Chromium's command line to A4 (the page's own @page size), read back: page count and text per page. */
function printToPdf(address: string, name: string): { pages: number; text: string[]; file: string } {
  // Kept beside the test's results (test-results/), to look at.
  const file = test.info().outputPath(`${name}.pdf`);
  execFileSync(
    CHROMIUM.executablePath,
    [...CHROMIUM.args, `--print-to-pdf=${file}`, "--no-pdf-header-footer", "--virtual-time-budget=5000", `${baseURL}${address}`],
    { stdio: "ignore", timeout: 60_000 },
  );
  return readPdf(file);
}

function readPdf(file: string): { pages: number; text: string[]; file: string } {
  const info = execFileSync("pdfinfo", [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), file, "-"]).toString(),
  );
  return { pages, text, file };
}

/** The smallest text height on the pages (pdftotext's word boxes), in points. */
function smallestText(file: string): number {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"]).toString();
  const heights = [...html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
  return Math.min(...heights);
}

interface Made {
  time: string;
  title: string;
}

/**
 * `count` screenings on one festival day through the API, spread over the venues every
 * `stepMinutes` from 10:00 (Lisbon, UTC+1 until the 25th): a programme of three shorts in
 * every fourth, guests in every third, subtitles, sections, access marks, one sold out.
 */
async function makeDay(api: APIRequestContext, slug: string, venues: number[], day: string, count: number, stepMinutes: number) {
  const made: Made[] = [];
  // Lisbon is UTC+1 until the clocks go back on the night of the 24th to the 25th.
  const offsetHours = day < "2026-10-25" ? 1 : 0;
  const dayStart = Date.parse(`${day}T10:00:00+0${offsetHours}:00`);
  for (let i = 0; i < count; i++) {
    const venue = itemAt(venues, i % venues.length);
    const start = new Date(dayStart + Math.floor(i / venues.length) * stepMinutes * 60_000);
    const end = new Date(start.getTime() + 100 * 60_000);
    const n = `${day.slice(8)}-${String(i + 1).padStart(2, "0")}`;
    const programme = i % 4 === 1;
    const filmIds: number[] = [];
    for (let f = 0; f < (programme ? 3 : 1); f++)
      filmIds.push(
        await makeFilm(api, {
          title: programme ? `Short ${n}${"abc"[f]}` : `Feature ${n}`,
          directors: [`Director ${n}`],
          year: 1990 + (i % 30),
          runtimeMinutes: programme ? 20 : 80,
          languages: ["Portuguese"],
          subtitles: "English",
          section: i % 2 ? "Labour on screen" : "Competition",
        }),
      );
    const slot = await makeSlot(api, slug, venue, start.toISOString(), end.toISOString());
    // A guest of their own per screening (one person in two screenings at once is a conflict).
    const guest = i % 3 === 0 ? await api.post("/api/v1/people", { data: { name: `Guest ${n}`, role: "director" } }) : null;
    if (guest) expect(guest.status(), await guest.text()).toBe(201);
    const data = {
      filmIds,
      qaMinutes: i % 3 === 0 ? 15 : 0,
      guests: guest ? [{ personId: (await guest.json()).id, role: "director" }] : [],
      title: programme ? `Shorts programme ${n}` : null,
      accessibility: i % 5 === 0 ? ["audio-description", "closed-captions"] : [],
      availability: i === 2 ? "sold-out" : "on-sale",
      format: i % 2 ? "DCP" : "35mm",
    };
    const put = await api.put(`/api/v1/editions/${slug}/slots/${slot.id}/screening`, { data });
    expect(put.status(), await put.text()).toBe(200);
    const local = new Date(start.getTime() + offsetHours * 60 * 60_000).toISOString().slice(11, 16);
    made.push({ time: local, title: programme ? `Shorts programme ${n}` : `Feature ${n}` });
  }
  return made;
}

test.describe("the printed daily programme", () => {
  test.describe.configure({ timeout: 240_000 });

  test("9, 20 and 40 screenings: 1, 1 and at most 2 A4 sheets, the last holding screenings; every time and title; name and date on every page; only the legend the day uses", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const venues = [ed.venueId, ed.venue2Id];
    for (const name of ["Studio 3", "Annex 4"]) {
      const v = await api.post(`/api/v1/editions/${ed.slug}/venues`, { data: { name, changeoverMinutes: 0 } });
      venues.push((await v.json()).id);
    }
    // 40 on the 23rd, 10 slots per venue 110 minutes apart: the last ones after midnight.
    const days = [
      { day: "2026-10-23", made: await makeDay(api, ed.slug, venues, "2026-10-23", 40, 110), sheets: 2, afterMidnight: true },
      { day: "2026-10-24", made: await makeDay(api, ed.slug, venues, "2026-10-24", 20, 150), sheets: 1, afterMidnight: false },
      { day: "2026-10-25", made: await makeDay(api, ed.slug, venues.slice(0, 3), "2026-10-25", 9, 150), sheets: 1, afterMidnight: false },
    ];
    const rel = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} });
    expect(rel.status(), await rel.text()).toBe(201);

    for (const { day, made, sheets, afterMidnight } of days) {
      for (const by of ["", "?by=venue"]) {
        const pdf = printToPdf(`/schedule/${ed.slug}/${day}/print${by}`, `${day}${by ? "-venue" : ""}-${made.length}`);
        const label = `${made.length} screenings${by}`;
        expect(pdf.pages, label).toBeLessThanOrEqual(sheets);
        const all = pdf.text.join("\n");
        for (const [i, page] of pdf.text.entries()) {
          expect(page, `${label}, page ${i + 1}: holds screenings`).toMatch(/(Feature|Shorts programme) \d\d-\d\d/);
          expect(page, `${label}, page ${i + 1}: the festival`).toContain(`Test ${ed.slug}`);
          expect(page, `${label}, page ${i + 1}: the day`).toContain(dayLabel(day));
          // A mark's legend only where the day uses it.
          expect(page.includes("after midnight"), `${label}, page ${i + 1}: the ☾ legend`).toBe(afterMidnight);
        }
        for (const m of made) {
          expect(all, `${label}: ${m.title}`).toContain(m.title);
          expect(all, `${label}: ${m.time} of ${m.title}`).toMatch(new RegExp(`${m.time}(–\\d\\d:\\d\\d)?( ☾)?\\s[^\\n]*${m.title}`));
        }
        expect(all).toMatch(/Q&A with Guest \d\d-\d\d \(director\)/);
        expect(all).toContain("Portuguese · English subtitles");
        expect(all).toMatch(/Release 1 · as of \d{4}-\d\d-\d\d \d\d:\d\d/);
        expect(smallestText(pdf.file), `${label}: no text under 9 pt`).toBeGreaterThanOrEqual(9);
      }
    }
    // A programme's films are listed under its title; sold out and access marks in words.
    const first = printToPdf(`/schedule/${ed.slug}/2026-10-23/print`, "detail").text.join("\n");
    expect(first).toMatch(/Shorts\s+programme\s+23-02[\s\S]*Short\s+23-02a[\s\S]*Short\s+23-02b[\s\S]*Short\s+23-02c/);
    expect(first).toMatch(/Feature\s+23-03\s+·\s+80\s+min\s+·\s+Sold\s+out/);
    expect(first).toMatch(/Audio\s+description\s+·\s+Closed\s+captions/);
  });

  test("the choices are links that work without a script; the page without them is the published default", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const api = await signedIn();
    const ed = await makeEdition(api);
    const film = await makeFilm(api, { title: "Bread and Roses", directors: ["Ken Loach"], runtimeMinutes: 110 });
    const slot = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film] } })).status()).toBe(200);
    expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);
    await page.goto(`/schedule/${ed.slug}/2026-10-23/print`);
    await expect(page.locator("th[scope=col]").first()).toHaveText("Time");
    await page.getByRole("link", { name: "venue" }).click();
    await expect(page).toHaveURL(/\/print\?by=venue$/);
    await expect(page.locator("tr.print-venue")).toHaveText(["Hall B"]);
    await page.getByRole("link", { name: "show" }).click();
    await expect(page).toHaveURL(/\/print\?by=venue&images=show$/);
    await expect(page.getByText("show", { exact: true })).toHaveAttribute("aria-current", "page");
    await context.close();
  });
});

test.describe("staff sheets", () => {
  test("one A4 page per venue with screenings: doors time, running order, internal notes; signed out: to the login", async ({ page }) => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const patched = await api.patch(`/api/v1/editions/${ed.slug}/venues/${ed.venueId}`, { data: { doorsMinutes: 25 } });
    expect(patched.status(), await patched.text()).toBe(200);
    await api.post(`/api/v1/editions/${ed.slug}/venues`, { data: { name: "Empty Room", changeoverMinutes: 0 } });
    const guest = await (await api.post("/api/v1/people", { data: { name: "Rui Costa", role: "moderator" } })).json();
    const a = await makeFilm(api, { title: "Matewan", directors: ["John Sayles"], runtimeMinutes: 135 });
    const b = await makeFilm(api, { title: "Salt of the Earth", directors: ["Herbert J. Biberman"], runtimeMinutes: 94 });
    const s1 = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T21:00:00+01:00");
    const s2 = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T21:30:00+01:00", "2026-10-23T23:30:00+01:00");
    const s3 = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T00:30:00+01:00", "2026-10-24T02:30:00+01:00");
    for (const [slot, data] of [
      [
        s1,
        {
          filmIds: [a],
          introMinutes: 10,
          qaMinutes: 20,
          format: "35mm",
          internalNotes: "Reel 3 spliced: check the changeover",
          guests: [{ personId: guest.id, role: null }],
        },
      ],
      [s2, { filmIds: [b], format: "DCP" }],
      [s3, { filmIds: [b], format: "digital file", internalNotes: "Late show: lock the side door" }],
    ] as const) {
      const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data });
      expect(put.status(), await put.text()).toBe(200);
    }
    const address = `/admin/editions/${ed.slug}/days/2026-10-23/sheets`;

    const signedOut = await page.goto(address);
    expect(signedOut?.status()).toBe(200);
    await expect(page).toHaveURL(/\/login\?next=/);

    await logIn(page, address);
    await expect(page.getByRole("heading", { name: /Staff sheets/ })).toBeVisible();
    await expect(page.getByText("No screenings this day: Empty Room.")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const file = test.info().outputPath("sheets.pdf");
    fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const pdf = readPdf(file);
    expect(pdf.pages).toBe(2);
    const [cinema, hall] = pdf.text;
    expect(cinema).toMatch(/17:35\s+Doors open/);
    expect(cinema).toMatch(/18:00\s+Introduction/);
    expect(cinema).toMatch(/18:10\s+Matewan\s+35mm · 135 min/);
    expect(cinema).toMatch(/20:25\s+Q&A with Rui Costa \(moderator\)/);
    expect(cinema).toMatch(/21:05\s+Next doors/);
    expect(cinema).toContain("Reel 3 spliced: check the changeover");
    expect(cinema).not.toContain("Hall B");
    expect(hall).toContain("Hall B");
    expect(hall).toMatch(/00:15\s+Doors open/);
    expect(hall).toContain("Late show: lock the side door");
    expect(pdf.text.join("\n")).not.toContain("Sign out");
    expect(smallestText(file)).toBeGreaterThanOrEqual(9);

    // Any signed-in role may read it (a viewer too); signed out, the address answers with a redirect to the login.
    const email = `${uniqueSlug("viewer")}@lineup.test`;
    const made = await api.post("/api/v1/users", { data: { email, password: "a-long-password-1", role: "viewer" } });
    expect(made.status(), await made.text()).toBe(201);
    const viewer = await request.newContext({ baseURL });
    expect((await viewer.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
    const seen = await viewer.get(address);
    expect(seen.status()).toBe(200);
    expect(await seen.text()).toContain("Late show: lock the side door");
    const refused = await (await anonymous()).get(address, { maxRedirects: 0 });
    expect(refused.status()).toBe(307);
    expect(refused.headers().location).toContain("/login?next=");

    // Linked from the day view.
    await page.emulateMedia({ media: "screen" });
    await page.goto(`/admin/editions/${ed.slug}/days/2026-10-23`);
    await expect(page.getByRole("link", { name: /Staff sheets/ })).toHaveAttribute("href", address);
  });
});
