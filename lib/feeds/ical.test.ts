import { spawnSync } from "node:child_process";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Programme } from "@/lib/programme";
import { icalUid, renderIcal } from "./ical";
import { BASE, festivalProgramme, lisbonProgramme, RELEASE, TICKET_URL_42, TICKET_URL_43, tokyoProgramme } from "./test-programmes";
import { buildVtimezone, offsetTransitions } from "./vtimezone";

// Debian's python3-vobject lives under /usr/bin/python3 (a pyenv python3 on PATH may not have it).
const python = ["/usr/bin/python3", "python3"].find((py) => spawnSync(py, ["-c", "import vobject"], { encoding: "utf8" }).status === 0);
const hasVobject = python !== undefined;

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  // Decode every value: ical.js throws on malformed ones (lib/feeds/schemas/README.md).
  const walk = (c: ICAL.Component) => {
    for (const p of c.getAllProperties()) p.getValues();
    for (const sub of c.getAllSubcomponents()) walk(sub);
  };
  walk(root);
  for (const tz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return root;
}

function expectVobjectValid(text: string) {
  const r = spawnSync(
    python ?? "python3",
    [
      "-c",
      "import sys,vobject; c=vobject.readOne(sys.stdin.read(),validate=True); c.validate(raiseException=True); list(vobject.readComponents(c.serialize())); print('valid')",
    ],
    { input: text, encoding: "utf8" },
  );
  expect(r.stderr).toBe("");
  expect(r.stdout.trim()).toBe("valid");
  expect(r.status).toBe(0);
}

function checkAgainstProgramme(programme: Programme, text: string) {
  const root = parse(text);
  const events = root.getAllSubcomponents("vevent");
  expect(events).toHaveLength(programme.screenings.length);
  expect(root.getFirstPropertyValue("x-wr-calname")).toBe(programme.edition.name);
  const tzids = root.getAllSubcomponents("vtimezone").map((c) => c.getFirstPropertyValue("tzid"));
  expect(tzids).toEqual([programme.edition.timeZone]);
  for (const s of programme.screenings) {
    const comp = events.find((e) => e.getFirstPropertyValue("uid") === icalUid(programme.edition.slug, s.id));
    expect(comp, `event ${s.id}`).toBeDefined();
    const ev = new ICAL.Event(comp!);
    expect(ev.startDate.toJSDate().getTime()).toBe(s.startsAt.getTime());
    expect(ev.endDate.toJSDate().getTime()).toBe(s.endsAt.getTime());
    expect(ev.startDate.zone?.tzid).toBe(programme.edition.timeZone);
    expect(comp!.getFirstProperty("dtstart")!.getParameter("tzid")).toBe(programme.edition.timeZone);
    // iCal TEXT has no CR: a CRLF inside a title comes back as LF.
    expect(ev.summary).toBe(s.title.replace(/\r\n/g, "\n"));
    expect(ev.location).toBe(s.venue.name);
    expect(comp!.getFirstPropertyValue("status")).toBe(s.status === "cancelled" ? "CANCELLED" : "CONFIRMED");
    expect(ev.sequence).toBe(s.revision);
    expect(comp!.getFirstPropertyValue("url")).toBe(`${BASE}/schedule/${programme.edition.slug}/films/${s.films[0]?.segment}`);
    const stamp = comp!.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(Math.floor(RELEASE.publishedAt.getTime() / 1000) * 1000);
    const description = String(comp!.getFirstPropertyValue("description"));
    for (const f of s.films) {
      expect(description).toContain(`${BASE}/schedule/${programme.edition.slug}/films/${f.segment}`);
      for (const d of f.directors) expect(description).toContain(d);
      if (f.year) expect(description).toContain(String(f.year));
      if (f.runtimeMinutes != null) expect(description).toContain(`${f.runtimeMinutes} min`);
    }
  }
}

describe("renderIcal", () => {
  const lisbon = lisbonProgramme();
  const text = renderIcal(lisbon, { release: RELEASE, baseUrl: BASE });

  it("round-trips every Lisbon event through ical.js (UID, instants, summary, location, status, sequence)", () => {
    checkAgainstProgramme(lisbon, text);
  });

  it("round-trips the Tokyo edition", () => {
    const tokyo = tokyoProgramme();
    checkAgainstProgramme(tokyo, renderIcal(tokyo, { release: RELEASE, baseUrl: BASE }));
  });

  it("writes the DST-night screening as local 00:30 to 02:30 in the edition zone, 180 real minutes", () => {
    expect(text).toContain("DTSTART;TZID=Europe/Lisbon:20261025T003000");
    expect(text).toContain("DTEND;TZID=Europe/Lisbon:20261025T023000");
    const ev = new ICAL.Event(
      parse(text)
        .getAllSubcomponents("vevent")
        .find((e) => e.getFirstPropertyValue("uid") === "screening-11@lineup.fest")!,
    );
    expect((ev.endDate.toJSDate().getTime() - ev.startDate.toJSDate().getTime()) / 60000).toBe(180);
  });

  it("uses CRLF, folds lines at 75 octets and never breaks a UTF-8 character", () => {
    const lines = text.split("\r\n");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(Buffer.byteLength(l, "utf8")).toBeLessThanOrEqual(75);
    expect(text).not.toContain("\uFFFD");
  });

  it("renders a subset and a custom name; UIDs are stable across releases", () => {
    const subset = lisbon.screenings.filter((s) => s.venue.slug === "hall-b");
    const t2 = renderIcal(lisbon, {
      release: { version: 8, publishedAt: new Date("2026-10-02T00:00:00Z") },
      baseUrl: BASE,
      screenings: subset,
      name: "Hall B",
    });
    const root = parse(t2);
    expect(root.getFirstPropertyValue("x-wr-calname")).toBe("Hall B");
    const uids = root.getAllSubcomponents("vevent").map((e) => e.getFirstPropertyValue("uid"));
    expect(uids).toEqual(subset.map((s) => `screening-${s.id}@lineup.fest`));
  });

  it("is deterministic for the same release", () => {
    expect(renderIcal(lisbon, { release: RELEASE, baseUrl: BASE })).toBe(text);
  });

  it.skipIf(!hasVobject)("passes python3-vobject validation", () => expectVobjectValid(text));
  if (!hasVobject) it.skip("python3-vobject is not installed (apt-get install python3-vobject): vobject validation skipped", () => {});
});

describe("renderIcal: programmes, guests, language and access, tickets (issue 15)", () => {
  const festival = festivalProgramme();
  const text = renderIcal(festival, { release: RELEASE, baseUrl: BASE });
  const event = (id: number) => {
    const comp = parse(text)
      .getAllSubcomponents("vevent")
      .find((e) => e.getFirstPropertyValue("uid") === icalUid("fest", id));
    if (!comp) throw new Error(`no event ${id}`);
    return { summary: String(comp.getFirstPropertyValue("summary")), description: String(comp.getFirstPropertyValue("description")), comp };
  };
  const films = `${BASE}/schedule/fest/films`;

  it("round-trips every event (summary = the programme title when set)", () => checkAgainstProgramme(festival, text));

  it("a named programme: SUMMARY is its title; DESCRIPTION its description, films, guests, languages, access, section, rating, format, tickets", () => {
    const e = event(40);
    expect(e.summary).toBe("Shorts: Work & Hands");
    expect(e.description).toBe(
      [
        "Four films about the work of hands.",
        "",
        "The Loom (Ana Ferreira, 2025, 12 min)",
        `${films}/30-the-loom`,
        "Dockside (Kim Lee, 2000, 18 min)",
        `${films}/31-dockside`,
        "",
        "Q&A with Ana Ferreira (director) and Rui Lopes (moderator)",
        "English, Korean · Portuguese subtitles",
        "Access: Open captions, Step-free access",
        "Section: Shorts",
        "Rating: 12, 16",
        "Format: DCP",
        // sold out: the ticket link is not offered (as on the pages)
        "Sold out",
      ].join("\n"),
    );
    // URL stays the (first) film's page.
    expect(e.comp.getFirstPropertyValue("url")).toBe(`${films}/30-the-loom`);
  });

  it("tickets sold online: the ticket link in the description, with the status when it says more than 'on sale'", () => {
    expect(event(42).description).toBe(`Jo Plain, 1990, 95 min\n${films}/32-plain-film\n\nFew tickets left: ${TICKET_URL_42}`);
  });

  it("a cancelled screening offers no ticket link", () => {
    expect(event(43).description).toBe(`CANCELLED\n\nJo Plain, 1990, 95 min\n${films}/32-plain-film`);
    expect(text).not.toContain(TICKET_URL_43);
  });

  it("a plain film screening is unchanged: its credits and its page, nothing else", () => {
    const e = event(41);
    expect(e.summary).toBe("Plain Film");
    expect(e.description).toBe(`Jo Plain, 1990, 95 min\n${films}/32-plain-film`);
  });

  it.skipIf(!hasVobject)("passes python3-vobject validation with the new fields", () => expectVobjectValid(text));
});

describe("buildVtimezone", () => {
  it("finds Lisbon's 2026 transitions to the minute", () => {
    const t = offsetTransitions("Europe/Lisbon", Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(t.map((x) => [new Date(x.at).toISOString(), x.from, x.to])).toEqual([
      ["2026-03-29T01:00:00.000Z", 0, 60],
      ["2026-10-25T01:00:00.000Z", 60, 0],
    ]);
  });

  it("a zone without DST gets a single observance", () => {
    const v = buildVtimezone("Asia/Tokyo", new Date("2027-03-01T00:00:00Z"), new Date("2027-03-03T00:00:00Z"));
    expect(v.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(["BEGIN:STANDARD"]);
    expect(v).toContain("TZOFFSETTO:+0900");
  });
});
