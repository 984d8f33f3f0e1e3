/** Lines classified (blank, rule, label, title, noise, prose) and grouped into entries. */
import { findRuntime } from "@/lib/runtime";
import type { TitleLine } from "./credits";
import { isTitleCandidate, MARKER_IN, ROLE_ANY, URL_RE } from "./credits";
import { isAllCaps, isEmptyValue, isLaurel, isRating, type LabelMatch, matchLabel } from "./fields";
import type { SrcLine } from "./markup";
import type { FieldName } from "./model";

/* ---------------- line classes ---------------- */

export type Kind = "blank" | "rule" | "label" | "title" | "noise" | "prose";

export interface Info {
  kind: Kind;
  text: string;
  heading: boolean;
  label?: LabelMatch;
  titleLine?: TitleLine;
  director: boolean;
  runtime: boolean;
  /** The line's 1-based range in the source. */
  from: number;
  to: number;
}

const RULE_RE = /^\s*(?:([-*=_~•·#])(?:\s*\1){2,}|[-=_*~]{3,})\s*$/;

function classify(line: SrcLine): Info {
  let text = line.text.trim();
  const info: Info = { kind: "prose", text, heading: !!line.heading, director: false, runtime: false, from: line.from, to: line.to };
  if (line.rule) return { ...info, kind: "rule" };
  if (!text) return { ...info, kind: "blank" };
  if (RULE_RE.test(text)) return { ...info, kind: "rule" };
  const [, heading] = /^#{1,6}\s+(.+)$/.exec(text) ?? [];
  if (heading) {
    text = heading.trim();
    info.text = text;
    info.heading = true;
  }
  const label = matchLabel(text);
  if (label) {
    info.kind = "label";
    info.label = label;
    if (label.field === "directors" && !isEmptyValue(label.value)) info.director = true;
    if (label.field === "runtimeMinutes" && !isEmptyValue(label.value)) info.runtime = true;
    return info;
  }
  if (isLaurel(text) || isRating(text) || URL_RE.test(text)) return { ...info, kind: "noise" };
  const tl = isTitleCandidate(text, info.heading);
  if (tl) {
    info.kind = "title";
    info.titleLine = tl;
    if (info.heading || tl.credits.directors.length || tl.credits.year !== null || tl.credits.runtime !== null || isAllCaps(text))
      tl.strong = true;
    return info;
  }
  info.director = ROLE_ANY.test(text) || MARKER_IN.test(text);
  info.runtime = findRuntime(text) !== null;
  return info;
}

/* ---------------- entries ---------------- */

export interface Draft {
  lines: Info[];
  hasTitle: boolean;
  substantive: boolean;
  labels: Set<FieldName>;
  director: boolean;
  runtime: boolean;
  evidence: boolean;
}

function newDraft(): Draft {
  return { lines: [], hasTitle: false, substantive: false, labels: new Set(), director: false, runtime: false, evidence: false };
}

/** What a paragraph (lines between blanks or rules) says as a whole: a director, a runtime, its labelled fields. */
interface ParagraphEvidence {
  director: boolean;
  runtime: boolean;
  fields: FieldName[];
}

const isBreak = (info: Info) => info.kind === "blank" || info.kind === "rule";

/** The source's lines, classified when first needed, so that reading can stop before the end. */
class LineReader {
  /** Every line's class, filled as the lines are read. */
  readonly infos: (Info | undefined)[];
  private readonly paragraphs: (ParagraphEvidence | undefined)[];

  constructor(private readonly lines: SrcLine[]) {
    this.infos = new Array(lines.length);
    this.paragraphs = new Array(lines.length);
  }

  /** Line i's class; undefined past the end. */
  info(i: number): Info | undefined {
    const known = this.infos[i];
    if (known) return known;
    const line = this.lines[i];
    if (!line) return undefined;
    const info = classify(line);
    this.infos[i] = info;
    return info;
  }

  /** The evidence of the paragraph line i is in, reading ahead to its end (from its first line). */
  paragraphAt(i: number): ParagraphEvidence {
    const known = this.paragraphs[i];
    if (known) return known;
    const ev: ParagraphEvidence = { director: false, runtime: false, fields: [] };
    let j = i;
    for (let info = this.info(j); info && !isBreak(info); info = this.info(++j)) {
      const f = info.label?.field;
      if (f && f !== "internalNotes") ev.fields.push(f);
      ev.director ||= info.director && info.kind !== "label";
      ev.runtime ||= info.runtime && info.kind !== "label";
    }
    this.paragraphs.fill(ev, i, j);
    return ev;
  }
}

/** Would this field, met again, mean the entry so far is complete (a second title, a second director label)? */
function namedAgain(cur: Draft, field: FieldName): boolean {
  return cur.labels.has(field) || (field === "title" && (cur.hasTitle || cur.director || cur.runtime));
}

/** Where a line stands: after how many blank lines, a rule, at a paragraph's start; its paragraph, read when asked. */
interface Position {
  gap: number;
  ruleBefore: boolean;
  paraStart: boolean;
  paragraph: () => ParagraphEvidence;
}

/** Does this line begin a new entry after the lines of `cur`? */
function startsEntry(cur: Draft, info: Info, at: Position): boolean {
  if (!cur.lines.length) return false;
  const field = info.label?.field ?? null;
  const repeated = field !== null && field !== "internalNotes" && namedAgain(cur, field);
  if (!at.paraStart) {
    if (info.kind === "label") return repeated;
    if (info.heading) return true;
    return info.kind === "title" && !!info.titleLine?.strong && (cur.hasTitle || cur.substantive);
  }
  if (at.ruleBefore || info.heading) return true;
  if (info.kind === "label" && field) return repeated || at.paragraph().fields.some((f) => namedAgain(cur, f));
  if (info.kind === "title") return true;
  const { director, runtime } = at.paragraph();
  return (at.gap >= 2 && cur.evidence && (director || runtime)) || (director && cur.director) || (runtime && cur.runtime && director);
}

/** What this line tells about the entry so far. */
function note(cur: Draft, info: Info): void {
  const field = info.label?.field ?? null;
  if (info.kind === "label") {
    if (field) {
      cur.labels.add(field);
      if (field === "title") cur.hasTitle = true;
      if (field !== "internalNotes") cur.evidence = true;
      cur.substantive = true;
    }
    if (info.director) cur.director = true;
    if (info.runtime) cur.runtime = true;
  } else if (info.kind === "title" && !cur.hasTitle && !cur.substantive) {
    cur.hasTitle = true;
    cur.evidence = true;
    const c = info.titleLine?.credits;
    if (c?.directors.length) cur.director = true;
    if (c && c.runtime !== null) cur.runtime = true;
  } else if (info.kind === "prose" || info.kind === "title") {
    cur.substantive = true;
    if (info.director) cur.director = cur.evidence = true;
    if (info.runtime) cur.runtime = cur.evidence = true;
  }
}

interface Segmented {
  /** Every line's class (filled as the lines are read: all of them unless overLimit). */
  infos: (Info | undefined)[];
  drafts: Draft[];
  /** More than maxEntries entries (drafts with evidence of a film): reading stopped there. */
  overLimit: boolean;
}

/**
 * Classifies the lines and groups them into entries, reading line by line so that a text
 * with more than `maxEntries` films stops at the first entry over the limit, before the
 * rest is read.
 */
export function segment(lines: SrcLine[], maxEntries = Number.POSITIVE_INFINITY): Segmented {
  const reader = new LineReader(lines);
  const drafts: Draft[] = [];
  let entries = 0;
  let cur = newDraft();
  const at: Position = { gap: 0, ruleBefore: false, paraStart: true, paragraph: () => reader.paragraphAt(0) };
  const close = () => {
    if (!cur.lines.length) return;
    drafts.push(cur);
    if (cur.evidence) entries++;
  };
  for (let i = 0, info = reader.info(0); info; info = reader.info(++i)) {
    if (isBreak(info)) {
      if (info.kind === "blank") at.gap++;
      else at.ruleBefore = true;
      at.paraStart = true;
      continue;
    }
    const line = i;
    at.paragraph = () => reader.paragraphAt(line);
    if (startsEntry(cur, info, at)) {
      close();
      cur = newDraft();
      if (entries > maxEntries) return { infos: reader.infos, drafts, overLimit: true };
    }
    at.gap = 0;
    at.ruleBefore = false;
    at.paraStart = false;
    cur.lines.push(info);
    note(cur, info);
  }
  close();
  return { infos: reader.infos, drafts, overLimit: entries > maxEntries };
}
