/**
 * Control characters already in the database (stored by an older version, or an import) never
 * break a public output: buildProgramme leaves them out of the programme, and every feed writer
 * leaves them out again of whatever it is given.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildProgramme, type Programme } from "@/lib/programme";
import { film, lisbonSnapshot, screening } from "@/lib/test-fixtures";
import { renderScheduleCsv } from "./csv";
import { renderFrabJson, renderFrabXml } from "./frab";
import { renderIcal } from "./ical";
import { renderPublicScheduleJson } from "./schedule-json";
import { BASE } from "./test-programmes";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/u;
const BAD = "Bad\u0000 \u0001Title\u001b[0m \u0085\ud800End\uffff";
const CLEAN = "Bad Title[0m End";

function snapshot() {
  const s = lisbonSnapshot(
    [screening(10, 1, "2026-10-23T21:00:00+01:00", "2026-10-23T23:30:00+01:00", [1])],
    [film(1, BAD, 135, { directors: ["Jane\u0007 Doe"], synopsis: "One\u0000\ntwo", genre: "Dra\u009bma" })],
  );
  s.venues = s.venues.map((v) => ({ ...v, name: `${v.name}\u0002` }));
  s.edition = { ...s.edition, name: `Fest\u001bival` };
  return s;
}

/** A programme with the characters put back in after buildProgramme, to test each writer on its own. */
function dirtyProgramme(): Programme {
  const p = buildProgramme(snapshot());
  for (const f of p.films) Object.assign(f, { title: BAD, displayTitle: BAD, directors: ["Jane\u0007 Doe"] });
  for (const s of p.screenings) Object.assign(s, { title: BAD, venue: { ...s.venue, name: "Hall\u0000" } });
  p.edition = { ...p.edition, name: "Fest\u001bival" };
  return p;
}

const release = { version: 1, publishedAt: new Date("2026-10-01T12:00:00Z") };
const tmp = mkdtempSync(path.join(tmpdir(), "lineup-control-"));

function wellFormedXml(xml: string): { status: number | null; stderr: string } {
  const file = path.join(tmp, `s-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml, "utf8");
  const r = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

describe("control characters in stored data", () => {
  it("buildProgramme leaves them out of every title, name and text", () => {
    const p = buildProgramme(snapshot());
    expect(JSON.stringify(p)).not.toMatch(UNSAFE);
    expect(p.films[0]?.title).toBe(CLEAN);
    expect(p.screenings[0]?.title).toBe(CLEAN);
    expect(p.edition.name).toBe("Festival");
  });

  for (const [name, programme] of [
    ["from the database", () => buildProgramme(snapshot())],
    ["given to the writer directly", dirtyProgramme],
  ] as const) {
    describe(name, () => {
      it("schedule.xml is well-formed and holds the clean title", () => {
        const xml = renderFrabXml(programme(), { baseUrl: BASE, version: "Release 1" });
        const lint = wellFormedXml(xml);
        expect(lint.status, lint.stderr).toBe(0);
        expect(xml).not.toMatch(UNSAFE);
        expect(xml).toContain(CLEAN);
      });
      it("schedule.json and the public JSON hold none", () => {
        expect(JSON.stringify(renderFrabJson(programme(), { baseUrl: BASE, version: "Release 1" }))).not.toMatch(
          /\\u00[01]|\\u007f|\\u00[89]|\\ud[89a-f]|\\uffff/i,
        );
        expect(JSON.stringify(renderPublicScheduleJson(programme(), release, { baseUrl: BASE }))).not.toMatch(
          /\\u00[01]|\\u007f|\\u00[89]|\\ud[89a-f]|\\uffff/i,
        );
      });
      it("iCalendar parses and holds none", () => {
        const ics = renderIcal(programme(), { release, baseUrl: BASE });
        expect(ics).not.toMatch(UNSAFE);
        const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
        expect(events.map((e) => String(e.getFirstPropertyValue("summary")))).toEqual([CLEAN]);
      });
      it("CSV holds none", () => {
        const csv = renderScheduleCsv(programme());
        expect(csv).not.toMatch(UNSAFE);
        expect(csv).toContain(CLEAN);
      });
    });
  }
});
