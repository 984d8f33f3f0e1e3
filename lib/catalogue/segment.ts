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
}

export const RULE_RE = /^\s*(?:([-*=_~•·#])(?:\s*\1){2,}|[-=_*~]{3,})\s*$/;

export function classify(line: SrcLine): Info {
  let text = line.text.trim();
  const info: Info = { kind: "prose", text, heading: !!line.heading, director: false, runtime: false };
  if (line.rule) return { ...info, kind: "rule" };
  if (!text) return { ...info, kind: "blank" };
  if (RULE_RE.test(text)) return { ...info, kind: "rule" };
  const md = /^#{1,6}\s+(.+)$/.exec(text);
  if (md) {
    text = md[1].trim();
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
  lines: number[];
  hasTitle: boolean;
  substantive: boolean;
  labels: Set<FieldName>;
  director: boolean;
  runtime: boolean;
  evidence: boolean;
}

export function newDraft(): Draft {
  return { lines: [], hasTitle: false, substantive: false, labels: new Set(), director: false, runtime: false, evidence: false };
}

interface Segmented {
  /** Every line's class (filled as the lines are read: all of them unless overLimit). */
  infos: Info[];
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
  const infos: Info[] = new Array(lines.length);
  const info = (i: number): Info => {
    let x = infos[i];
    if (!x) {
      x = classify(lines[i] as SrcLine);
      infos[i] = x;
    }
    return x;
  };
  const drafts: Draft[] = [];
  let entries = 0;
  let cur = newDraft();
  let gap = 0;
  let ruleBefore = false;
  let paraStart = true;
  const start = () => {
    if (cur.lines.length) {
      drafts.push(cur);
      if (cur.evidence) entries++;
    }
    cur = newDraft();
  };
  // evidence per paragraph, computed when its first line is reached
  const paraEv: ({ director: boolean; runtime: boolean; fields: FieldName[] } | undefined)[] = new Array(lines.length);
  const paragraphAt = (i: number) => {
    let j = i;
    let d = false;
    let r = false;
    const fields: FieldName[] = [];
    for (; j < lines.length; j++) {
      const x = info(j);
      if (x.kind === "blank" || x.kind === "rule") break;
      const f = x.label?.field;
      if (f && f !== "internalNotes") fields.push(f);
      d ||= x.director && x.kind !== "label";
      r ||= x.runtime && x.kind !== "label";
    }
    const ev = { director: d, runtime: r, fields };
    for (let k = i; k < j; k++) paraEv[k] = ev;
    return ev;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = info(i);
    if (line.kind === "blank") {
      gap++;
      paraStart = true;
      continue;
    }
    if (line.kind === "rule") {
      ruleBefore = true;
      paraStart = true;
      continue;
    }
    const hasLines = cur.lines.length > 0;
    const field = line.label?.field ?? null;
    const repeated =
      field !== null &&
      field !== "internalNotes" &&
      (cur.labels.has(field) || (field === "title" && (cur.hasTitle || cur.director || cur.runtime)));
    let split = false;
    if (hasLines) {
      if (paraStart) {
        // read ahead to the paragraph's end only when a split depends on it
        const ev = paraEv[i] ?? paragraphAt(i);
        const paraDirector = ev.director;
        const paraRuntime = ev.runtime;
        if (ruleBefore || line.heading) split = true;
        else if (line.kind === "label" && field)
          split = repeated || ev.fields.some((f) => cur.labels.has(f) || (f === "title" && (cur.hasTitle || cur.director || cur.runtime)));
        else if (line.kind === "title") split = true;
        else {
          const paraEvidence = paraDirector || paraRuntime;
          split =
            (gap >= 2 && cur.evidence && paraEvidence) || (paraDirector && cur.director) || (paraRuntime && cur.runtime && paraDirector);
        }
      } else {
        if (line.kind === "label") split = repeated;
        else if (line.heading) split = true;
        else if (line.kind === "title" && line.titleLine?.strong && (cur.hasTitle || cur.substantive)) split = true;
      }
    }
    if (split) {
      start();
      if (entries > maxEntries) return { infos, drafts, overLimit: true };
    }
    gap = 0;
    ruleBefore = false;
    paraStart = false;
    cur.lines.push(i);
    // what this line tells about the entry so far
    if (line.kind === "label") {
      if (field) {
        cur.labels.add(field);
        if (field === "title") cur.hasTitle = true;
        if (field !== "internalNotes") cur.evidence = true;
        cur.substantive = true;
      }
      if (line.director) cur.director = true;
      if (line.runtime) cur.runtime = true;
    } else if (line.kind === "title" && !cur.hasTitle && !cur.substantive) {
      cur.hasTitle = true;
      cur.evidence = true;
      const c = line.titleLine?.credits;
      if (c?.directors.length) cur.director = true;
      if (c && c.runtime !== null) cur.runtime = true;
    } else if (line.kind === "prose" || line.kind === "title") {
      cur.substantive = true;
      if (line.director) cur.director = cur.evidence = true;
      if (line.runtime) cur.runtime = cur.evidence = true;
    }
  }
  start();
  return { infos, drafts, overLimit: entries > maxEntries };
}
