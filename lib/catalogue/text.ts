/**
 * The layout reader: archive pages, programme notes and pasted HTML, read the
 * way a careful human reads them. Lines are grouped into entries (blank lines,
 * headings, rules, a repeated label or a new title line start a new one) and
 * each entry is read into a film: labelled fields, a title line, credits
 * inside prose ("DIR Mario Monicelli ... Italy/France, 1963, 130 min."), the
 * rest to the synopsis or, when it is not prose, to the internal notes.
 */

import { build } from "./film-builder";
import type { SrcLine } from "./markup";
import type { ParsedEntry } from "./model";
import { findPersonalData } from "./personal";
import { segment } from "./segment";

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
