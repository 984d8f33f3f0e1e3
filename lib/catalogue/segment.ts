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

const RULE_RE = /^\s*(?:([-*=_~•·#])(?:\s*\1){2,}|[-=_*~]{3,})\s*$/;

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

function newDraft(): Draft {
  return { lines: [], hasTitle: false, substantive: false, labels: new Set(), director: false, runtime: false, evidence: false };
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
  // per paragraph evidence, computed ahead
  const paraEv: { director: boolean; runtime: boolean; fields: FieldName[] }[] = new Array(infos.length);
  for (let i = 0; i < infos.length; ) {
    if (infos[i].kind === "blank" || infos[i].kind === "rule") {
      i++;
      continue;
    }
    let j = i;
    let d = false;
    let r = false;
    const fields: FieldName[] = [];
    while (j < infos.length && infos[j].kind !== "blank" && infos[j].kind !== "rule") {
      const f = infos[j].label?.field;
      if (f && f !== "internalNotes") fields.push(f);
      d ||= infos[j].director && infos[j].kind !== "label";
      r ||= infos[j].runtime && infos[j].kind !== "label";
      j++;
    }
    const ev = { director: d, runtime: r, fields };
    for (let k = i; k < j; k++) paraEv[k] = ev;
    i = j;
  }

  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
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
        paraDirector = paraEv[i].director;
        paraRuntime = paraEv[i].runtime;
        if (ruleBefore || info.heading) split = true;
        else if (info.kind === "label" && field)
          split =
            repeated || paraEv[i].fields.some((f) => cur.labels.has(f) || (f === "title" && (cur.hasTitle || cur.director || cur.runtime)));
        else if (info.kind === "title") split = true;
        else {
          const ev = paraDirector || paraRuntime;
          split = (gap >= 2 && cur.evidence && ev) || (paraDirector && cur.director) || (paraRuntime && cur.runtime && paraDirector);
        }
      } else {
        if (info.kind === "label") split = repeated;
        else if (info.heading) split = true;
        else if (info.kind === "title" && info.titleLine!.strong && (cur.hasTitle || cur.substantive)) split = true;
      }
    }
    if (split) start();
    gap = 0;
    ruleBefore = false;
    paraStart = false;
    cur.lines.push(i);
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
      const c = info.titleLine!.credits;
      if (c.directors.length) cur.director = true;
      if (c.runtime !== null) cur.runtime = true;
    } else if (info.kind === "prose" || info.kind === "title") {
      cur.substantive = true;
      if (info.director) cur.director = cur.evidence = true;
      if (info.runtime) cur.runtime = cur.evidence = true;
    }
  }
  if (cur.lines.length) drafts.push(cur);
  return drafts;
}
