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

export function classify(line: SrcLine): Info {
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

/** What a whole paragraph (lines between blanks and rules) says, known at its first line. */
interface ParagraphEvidence {
  director: boolean;
  runtime: boolean;
  fields: FieldName[];
}

/** Each line with the evidence of its paragraph (blank and rule lines have an empty one). */
function withParagraphs(infos: Info[]): { info: Info; para: ParagraphEvidence }[] {
  let para: ParagraphEvidence | null = null;
  return infos.map((info) => {
    if (info.kind === "blank" || info.kind === "rule") {
      para = null;
      return { info, para: { director: false, runtime: false, fields: [] } };
    }
    para ??= { director: false, runtime: false, fields: [] };
    const f = info.label?.field;
    if (f && f !== "internalNotes") para.fields.push(f);
    para.director ||= info.director && info.kind !== "label";
    para.runtime ||= info.runtime && info.kind !== "label";
    return { info, para };
  });
}

export function segment(infos: Info[]): Draft[] {
  const drafts: Draft[] = [];
  let cur = newDraft();
  let gap = 0;
  let ruleBefore = false;
  let paraStart = true;
  let paraDirector = false;
  let paraRuntime = false;
  const start = () => {
    if (cur.lines.length) drafts.push(cur);
    cur = newDraft();
  };
  for (const { info, para } of withParagraphs(infos)) {
    if (info.kind === "blank") {
      gap++;
      paraStart = true;
      continue;
    }
    if (info.kind === "rule") {
      ruleBefore = true;
      paraStart = true;
      continue;
    }
    const hasLines = cur.lines.length > 0;
    const field = info.label?.field ?? null;
    const repeated =
      field !== null &&
      field !== "internalNotes" &&
      (cur.labels.has(field) || (field === "title" && (cur.hasTitle || cur.director || cur.runtime)));
    let split = false;
    if (hasLines) {
      if (paraStart) {
        paraDirector = para.director;
        paraRuntime = para.runtime;
        if (ruleBefore || info.heading) split = true;
        else if (info.kind === "label" && field)
          split =
            repeated || para.fields.some((f) => cur.labels.has(f) || (f === "title" && (cur.hasTitle || cur.director || cur.runtime)));
        else if (info.kind === "title") split = true;
        else {
          const ev = paraDirector || paraRuntime;
          split = (gap >= 2 && cur.evidence && ev) || (paraDirector && cur.director) || (paraRuntime && cur.runtime && paraDirector);
        }
      } else {
        if (info.kind === "label") split = repeated;
        else if (info.heading) split = true;
        else if (info.kind === "title" && info.titleLine?.strong && (cur.hasTitle || cur.substantive)) split = true;
      }
    }
    if (split) start();
    gap = 0;
    ruleBefore = false;
    paraStart = false;
    cur.lines.push(info);
    // what this line tells about the entry so far
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
  if (cur.lines.length) drafts.push(cur);
  return drafts;
}
