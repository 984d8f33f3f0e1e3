import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { frabAcronym, frabDuration, languageCode, renderFrabJson, renderFrabXml } from "./frab";
import { BASE, festivalProgramme, GUESTS, lisbonProgramme, TICKET_URL_42, TICKET_URL_43, tokyoProgramme } from "./test-programmes";

const here = path.dirname(fileURLToPath(import.meta.url));
const formats = path.join(here, "schemas");
const XSD = path.join(formats, "schedule.xml.xsd");
const require = createRequire(import.meta.url);
const tmp = mkdtempSync(path.join(tmpdir(), "lineup-frab-"));
let n = 0;

function xmllint(xml: string) {
  const file = path.join(tmp, `schedule-${n++}.xml`);
  writeFileSync(file, xml, "utf8");
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
addFormats(ajv);
const validateJson = ajv.compile(JSON.parse(readFileSync(path.join(formats, "schedule.schema.json"), "utf8")));

const opts = { baseUrl: BASE, version: "Release 7" };
const lisbon = lisbonProgramme();
const xml = renderFrabXml(lisbon, opts);
const json = renderFrabJson(lisbon, opts);

/** Crude but enough: the <day> element that holds a given event id. */
function dayOfEvent(doc: string, id: number): string | null {
  for (const [, date = "", body = ""] of doc.matchAll(/<day [^>]*date="([^"]+)"[^>]*>([\s\S]*?)<\/day>/g))
    if (body.includes(`<event id="${id}"`)) return date;
  return null;
}

describe("frab schedule.xml", () => {
  it("the XSD validator works (our shared sample passes)", () => {
    expect(xmllint(readFileSync(path.join(formats, "examples/minimal-midnight.schedule.xml"), "utf8")).status).toBe(0);
  });

  it.each([
    ["Lisbon (DST night, after midnight, cancelled, programmes, tricky titles)", () => xml],
    ["Tokyo (short slug, 05:00 day-break)", () => renderFrabXml(tokyoProgramme(), opts)],
  ])("%s is valid against the c3voc XSD", (_name, doc) => {
    const r = xmllint(doc());
    expect(r.stderr).toContain("validates");
    expect(r.status).toBe(0);
  });

  it("rejects a broken document (negative control): no <abstract>", () => {
    const broken = xml.replace(/<abstract>[\s\S]*?<\/abstract>|<abstract\/>/, "");
    expect(broken).not.toBe(xml);
    expect(xmllint(broken).status).not.toBe(0);
  });

  it("rejects a broken document (negative control): a 100-hour duration", () => {
    expect(xmllint(xml.replace("<duration>03:00</duration>", "<duration>100:00</duration>")).status).not.toBe(0);
  });

  it("puts the after-midnight screening in the previous festival day, with real date and 00:30 start", () => {
    expect(dayOfEvent(xml, 11)).toBe("2026-10-24");
    expect(dayOfEvent(xml, 13)).toBe("2026-10-23");
    const ev = /<event id="11"[\s\S]*?<\/event>/.exec(xml)![0];
    expect(ev).toContain("<date>2026-10-25T00:30:00+01:00</date>");
    expect(ev).toContain("<start>00:30</start>");
    expect(ev).toContain("<duration>03:00</duration>");
    expect(xml).toContain('<day index="2" date="2026-10-24" start="2026-10-24T06:00:00+01:00" end="2026-10-25T06:00:00+00:00">');
  });

  it("keeps cancelled screenings with a prefixed title; subtitle holds the other films", () => {
    const ev = /<event id="12"[\s\S]*?<\/event>/.exec(xml)![0];
    expect(ev).toContain("<title>Cancelled: Pier 9</title>");
    expect(ev).toContain("<subtitle>Untitled (Tomás Reis, 2023)</subtitle>");
  });

  it("escapes tricky titles and keeps accents and emoji", () => {
    expect(xml).toContain('<title>Tom &amp; "Jerry" &lt;b&gt;bold&lt;/b&gt;</title>');
    expect(xml).toContain("<subtitle>Ça ira — l'été à Lisboa 🎬🍿</subtitle>");
  });

  it("same input, same bytes; guids stable", () => {
    expect(renderFrabXml(lisbonProgramme(), opts)).toBe(xml);
  });

  it("refuses a relative base URL (schemas need absolute URLs)", () => {
    expect(() => renderFrabXml(lisbon, { baseUrl: "/x", version: "1" })).toThrow();
  });
});

describe("frab schedule.json", () => {
  it("the validator works: our sample passes and the shared invalid example fails", () => {
    expect(validateJson(JSON.parse(readFileSync(path.join(formats, "examples/minimal-midnight.schedule.json"), "utf8")))).toBe(true);
    expect(validateJson(JSON.parse(readFileSync(path.join(formats, "examples/invalid-example.json"), "utf8")))).toBe(false);
  });

  it.each([
    ["Lisbon", () => json],
    ["Tokyo", () => renderFrabJson(tokyoProgramme(), opts)],
  ])("%s is valid against the c3voc JSON schema", (_name, doc) => {
    const ok = validateJson(JSON.parse(JSON.stringify(doc())));
    expect(validateJson.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("says the same as the XML: days, rooms, times", () => {
    const days = json.schedule.conference.days;
    expect(days.map((d) => d.date)).toEqual(["2026-10-23", "2026-10-24", "2026-10-25"]);
    const ev11 = days.at(1)?.rooms["Cinema 1"]?.find((e) => e.id === 11);
    expect(ev11).toMatchObject({
      date: "2026-10-25T00:30:00+01:00",
      end: "2026-10-25T02:30:00+00:00",
      start: "00:30",
      duration: "03:00",
      language: "de",
      track: "Science fiction",
    });
    expect(json.schedule.conference).toMatchObject({
      acronym: "fest",
      daysCount: 3,
      start: "2026-10-23T06:00:00+01:00",
      end: "2026-10-26T06:00:00+00:00",
      time_zone_name: "Europe/Lisbon",
    });
    const all = days.flatMap((d) => Object.values(d.rooms).flat());
    expect(all.map((e) => e.id).sort((a, b) => a - b)).toEqual(lisbon.screenings.map((s) => s.id).sort((a, b) => a - b));
    expect(new Set(all.map((e) => e.slug)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.guid)).size).toBe(all.length);
  });

  it("a broken event fails (negative control)", () => {
    const broken = JSON.parse(JSON.stringify(json));
    delete broken.schedule.conference.days[0].rooms["Cinema 1"][0].abstract;
    expect(validateJson(broken)).toBe(false);
  });
});

describe("frab with programmes, guests, languages and tickets (issue 15)", () => {
  const festival = festivalProgramme();
  const fxml = renderFrabXml(festival, opts);
  const fjson = renderFrabJson(festival, opts);
  const events = fjson.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
  const event = (id: number) => {
    const e = events.find((x) => x.id === id);
    if (!e) throw new Error(`no event ${id}`);
    return e;
  };
  const films = `${BASE}/schedule/fest/films`;

  it("schedule.xml with the new fields is valid against the c3voc XSD", () => {
    const r = xmllint(fxml);
    expect(r.stderr).toContain("validates");
    expect(r.status).toBe(0);
  });

  it("schedule.json with the new fields is valid against the c3voc JSON schema", () => {
    const ok = validateJson(JSON.parse(JSON.stringify(fjson)));
    expect(validateJson.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("a named programme: its title, no subtitle, the guests as persons, the spoken language, the film pages (sold out: no ticket link)", () => {
    const e = event(40);
    expect(e).toMatchObject({ title: "Shorts: Work & Hands", subtitle: "", language: "en", track: "Shorts" });
    expect(e.persons.map((p) => p.name)).toEqual(GUESTS.map((g) => g.name));
    expect(e.links).toEqual([
      { title: "The Loom", url: `${films}/30-the-loom` },
      { title: "Dockside", url: `${films}/31-dockside` },
    ]);
    expect(e.abstract).toBe("Four films about the work of hands.\n\nThe Loom: A weaver's day.");
    expect(e.description).toBe(
      [
        "The Loom (Ana Ferreira, 2025, 12 min)",
        "Dockside (Kim Lee, 2000, 18 min)",
        "",
        "Q&A with Ana Ferreira (director) and Rui Lopes (moderator)",
        "English, Korean · Portuguese subtitles",
        "Access: Open captions, Step-free access",
        "Section: Shorts",
        "Rating: 12, 16",
        "Format: DCP",
        "Sold out",
      ].join("\n"),
    );
  });

  it("tickets sold online: the ticket link first among the links", () => {
    expect(event(42).links).toEqual([
      { title: "Tickets (few left)", url: TICKET_URL_42 },
      { title: "Plain Film", url: `${films}/32-plain-film` },
    ]);
    expect(fxml).toContain(`<link href="${TICKET_URL_42}">Tickets (few left)</link>`);
  });

  it("a cancelled screening offers no ticket link", () => {
    expect(event(43).links).toEqual([{ title: "Plain Film", url: `${films}/32-plain-film` }]);
    expect(fxml).not.toContain(TICKET_URL_43);
  });

  it("the XML says the same: public names only (no role, no id of a director hash)", () => {
    const ev = /<event id="40"[\s\S]*?<\/event>/.exec(fxml)?.[0] ?? "";
    expect(ev).toContain("<title>Shorts: Work &amp; Hands</title>");
    expect(ev).not.toContain("tickets.example");
    expect(ev).toContain(`<link href="${films}/30-the-loom">The Loom</link>`);
    expect(ev).toMatch(/<person id="4" guid="[0-9a-f-]{36}">Ana Ferreira<\/person>/);
    expect(ev).toMatch(/<person id="9" guid="[0-9a-f-]{36}">Rui Lopes<\/person>/);
    expect(ev).not.toMatch(/<person[^>]*>[^<]*\(/);
    expect(ev).toContain("<language>en</language>");
    expect(ev).toMatch(/<subtitle\/>|<subtitle><\/subtitle>/);
  });

  it("a plain film screening is unchanged: its title, its director as person, its page as link, its credits", () => {
    const e = event(41);
    expect(e).toMatchObject({ title: "Plain Film", subtitle: "", language: "", track: "Drama", abstract: "" });
    expect(e.persons.map((p) => p.name)).toEqual(["Jo Plain"]);
    expect(e.links).toEqual([{ title: "Plain Film", url: `${films}/32-plain-film` }]);
    expect(e.description).toBe("Plain Film (Jo Plain, 1990, 95 min)");
  });
});

describe("frab helpers", () => {
  it.each([
    ["fest", "fest"],
    ["tk", "tk__"],
    ["doc-fest-2026", "doc_fest_2026"],
  ])("acronym %s -> %s", (slug, acronym) => expect(frabAcronym(slug)).toBe(acronym));

  it.each([
    [180, "03:00"],
    [9, "00:09"],
    [153, "02:33"],
  ])("duration %i -> %s", (m, d) => expect(frabDuration(m)).toBe(d));

  it.each([
    ["Portuguese", "pt"],
    ["pt-BR", "pt"],
    ["EN", "en"],
    ["Silent", ""],
    [undefined, ""],
  ])("language %s -> %s", (l, c) => expect(languageCode(l)).toBe(c));
});
