/**
 * The layout reader: archive pages, programme notes and pasted HTML, read the
 * way a careful human reads them. Lines are grouped into entries (blank lines,
 * headings, rules, a repeated label or a new title line start a new one) and
 * each entry is read into a film: labelled fields, a title line, credits
 * inside prose ("DIR Mario Monicelli ... Italy/France, 1963, 130 min."), the
 * rest to the synopsis or, when it is not prose, to the internal notes.
 */

import { FilmBuilder } from "./film-builder";
import type { SrcLine } from "./markup";
import type { FieldName, ParsedEntry } from "./model";
import { findPersonalData } from "./personal";
import { type Info, segment } from "./segment";

export interface TextReadResult {
  entries: ParsedEntry[];
  warnings: string[];
  /** More than maxEntries films: nothing was built (the text was read only up to the first entry over). */
  overLimit?: boolean;
}

/**
 * Reads reduced lines (see markup.ts) into entries. rawLines: the decoded text's lines, for
 * `source`. A text with more than `maxEntries` films is not read further (overLimit).
 */
export function readLines(lines: SrcLine[], rawLines: string[], maxEntries?: number): TextReadResult {
  const { drafts, overLimit } = segment(lines, maxEntries);
  if (overLimit) return { entries: [], warnings: [], overLimit };
  const entries: ParsedEntry[] = [];
  const warnings: string[] = [];
  let pending: string[] = [];
  for (const d of drafts) {
    const content = d.lines.filter((i) => i.kind !== "blank" && i.kind !== "rule");
    if (!content.length) continue;
    const from = Math.min(...content.map((i) => i.from));
    const to = Math.max(...content.map((i) => i.to));
    if (!d.evidence) {
      const text = content.map((i) => i.text).join(" / ");
      const range = from === to ? `line ${from}` : `lines ${from}-${to}`;
      warnings.push(
        `${range} did not look like a film and was kept in internal notes: "${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`,
      );
      pending.push(`(${range}) ${text}`);
      continue;
    }
    const b = build(d.lines);
    if (pending.length) {
      b.notes.unshift(...pending);
      pending = [];
    }
    const film = b.finish();
    entries.push({ index: entries.length, film, sourceLines: { from, to }, source: rawLines.slice(from - 1, to).join("\n") });
  }
  const last = entries.at(-1)?.film;
  if (pending.length && last) {
    last.internalNotes = [last.internalNotes, ...pending].filter(Boolean).join("\n");
    if (!last.flags.includes("personal-data") && pending.some((p) => findPersonalData(p).length)) last.flags.push("personal-data");
  }
  return { entries, warnings };
}

/** Reads the lines of one entry into a film. */
function build(lines: Info[]): FilmBuilder {
  const b = new FilmBuilder();
  let titleAllowed = true;
  let continuing: FieldName | null = null;
  let takenAsValue = false;
  for (const [n, info] of lines.entries()) {
    if (takenAsValue) {
      takenAsValue = false;
      continue;
    }
    if (info.kind === "blank" || info.kind === "rule") {
      continuing = null;
      continue;
    }
    if (info.kind === "label") {
      const l = info.label;
      if (!l?.field) {
        b.notes.push(info.text);
        continue;
      }
      titleAllowed = false;
      let value = l.value;
      const next = lines[n + 1];
      if (!value && next && next.kind !== "blank" && next.kind !== "rule" && next.kind !== "label") {
        value = next.text;
        takenAsValue = true;
      }
      b.label(l.field, value, info.text);
      continuing = l.field === "synopsis" || l.field === "internalNotes" ? l.field : null;
      continue;
    }
    if (continuing === "internalNotes") {
      b.notes.push(info.text);
      continue;
    }
    const tl = info.titleLine;
    if (info.kind === "title" && tl && titleAllowed && b.film.title === null) {
      b.set("title", tl.title, 2);
      b.credits(tl.credits, 2);
      b.notes.push(...tl.credits.notes);
      titleAllowed = false;
      continue;
    }
    if (info.kind === "noise") {
      b.notes.push(info.text);
      continue;
    }
    titleAllowed = false;
    if (continuing === "synopsis" && !info.director && !info.runtime) {
      b.synopsis.push(info.text);
      continue;
    }
    b.prose(info.text, true);
  }
  return b;
}
