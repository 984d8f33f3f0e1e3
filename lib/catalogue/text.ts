/**
 * The layout reader: archive pages, programme notes and pasted HTML, read the
 * way a careful human reads them. Lines are grouped into entries (blank lines,
 * headings, rules, a repeated label or a new title line start a new one) and
 * each entry is read into a film: labelled fields, a title line, credits
 * inside prose ("DIR Mario Monicelli ... Italy/France, 1963, 130 min."), the
 * rest to the synopsis or, when it is not prose, to the internal notes.
 */
import { findRuntime, parseRuntime } from "../runtime";
import type { FilmFlag } from "../types";
import {
  classifyCreditItem,
  countryList,
  dedupeList,
  isAllCaps,
  isEmptyValue,
  isLaurel,
  isPersonName,
  isRating,
  isYear,
  languagePhrase,
  matchLabel,
  runtimeItem,
  splitItems,
  splitList,
  splitNames,
  splitSentences,
  titleCase,
  yearIn,
  type LabelMatch,
} from "./fields";
import type { SrcLine } from "./markup";
import { emptyFilm, type FieldName, type ParsedEntry, type ParsedFilm } from "./model";
import { findPersonalData, stripPersonalData } from "./personal";

/* ---------------- credits ---------------- */

interface Credits {
  directors: string[];
  cast: string[];
  year: number | null;
  runtime: number | null;
  countries: string[];
  languages: string[];
  subtitles: string | null;
  notes: string[];
  /** every item was understood */
  clean: boolean;
  /** some item looked like running prose */
  prose: boolean;
}

function emptyCredits(): Credits {
  return { directors: [], cast: [], year: null, runtime: null, countries: [], languages: [], subtitles: null, notes: [], clean: true, prose: false };
}

const DIR_MARKER = /^(?:written\s+and\s+directed\s+by|directed\s+by|a\s+film\s+by|dir\.|dir:|director:?|regie:?|by)\s+/i;

function looksLikeProse(s: string): boolean {
  const words = s.trim().split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 4 && lower >= 2;
}

/** "Ken Loach, 2000, UK/Germany/Spain, 110 min, In English ..." with leading names as directors when allowed. */
function readCredits(text: string, namesFirst: boolean): Credits {
  const c = emptyCredits();
  let t = text.trim().replace(/[.;,]+$/, "");
  const marker = DIR_MARKER.exec(t);
  if (marker) {
    t = t.slice(marker[0].length);
    namesFirst = true;
  }
  const items = splitItems(t);
  let i = 0;
  if (namesFirst) {
    for (; i < items.length; i++) {
      const names = splitNames(items[i]);
      if (!names.length || !names.every(isPersonName)) break;
      c.directors.push(...names);
    }
  }
  for (; i < items.length; i++) {
    const item = items[i];
    const k = classifyCreditItem(item);
    if (!k) {
      c.clean = false;
      if (looksLikeProse(item)) c.prose = true;
      c.notes.push(item.trim());
      continue;
    }
    if (k.kind === "year") c.year ??= k.value;
    else if (k.kind === "runtime") c.runtime ??= k.value;
    else if (k.kind === "countries") c.countries.push(...k.value);
    else if (k.kind === "language") {
      c.languages.push(...k.value.languages);
      c.subtitles ??= k.value.subtitles;
    } else c.notes.push(item.trim());
  }
  return c;
}

function hasIdentity(c: Credits): boolean {
  return c.year !== null || c.runtime !== null || c.directors.length > 0;
}

const ROLE = String.raw`(?:CO-DIR|DIR|SCR|PROD|EXEC PROD|EP|DP|CIN|ED|MUS|CAM|PHOTO|ANIM|NARR|CAST|WRI|SND|PD|AD|CO-PROD|CO-SCR)`;
const ROLE_START = new RegExp(String.raw`^(${ROLE}(?:\s*\/\s*${ROLE})*)\.?\s+(?=[\p{Lu}\p{Lt}])`, "u");
const ROLE_ANY = new RegExp(String.raw`(?:^|[\s.;(])(?:${ROLE}\s*\/\s*)*DIR(?:\s*\/\s*${ROLE})*\.?\s+\p{Lu}`, "u");
const MARKER_IN = /(^|[\s(,;—–-])(written\s+and\s+directed\s+by|directed\s+by|a\s+film\s+by|dir\.|dir:)\s*(?=\p{Lu})/iu;

/** "DIR/SCR Mario Monicelli; SCR Agenore Incrocci, Furio Scarpelli; PROD Franco Cristaldi" */
function readRoles(sentence: string): Credits | null {
  const segments = sentence.replace(/[.]$/, "").split(/\s*;\s*/);
  if (!ROLE_START.test(segments[0])) return null;
  const c = emptyCredits();
  for (const seg of segments) {
    const m = ROLE_START.exec(seg);
    if (!m) {
      const k = readCredits(seg, false);
      merge(c, k);
      continue;
    }
    const roles = m[1].split(/\s*\/\s*/);
    const rest = seg.slice(m[0].length);
    const isDir = roles.includes("DIR") || roles.includes("CO-DIR");
    const isCast = roles.includes("CAST");
    if (isDir || isCast) {
      const k = readCredits(rest, true);
      if (isDir) c.directors.push(...k.directors);
      if (isCast) c.cast.push(...k.directors);
      k.directors = [];
      merge(c, k);
      if (roles.some((r) => r !== "DIR" && r !== "CO-DIR" && r !== "CAST")) c.notes.push(seg.trim());
    } else c.notes.push(seg.trim());
  }
  return c;
}

function merge(into: Credits, from: Credits) {
  into.directors.push(...from.directors);
  into.cast.push(...from.cast);
  into.year ??= from.year;
  into.runtime ??= from.runtime;
  into.countries.push(...from.countries);
  into.languages.push(...from.languages);
  into.subtitles ??= from.subtitles;
  into.notes.push(...from.notes);
  into.clean &&= from.clean;
  into.prose ||= from.prose;
}

/* ---------------- title lines ---------------- */

interface TitleLine {
  title: string | null;
  credits: Credits;
  strong: boolean;
}

const DASH_SPLIT = /\s+[-–—]+\s+|\s*[—–]\s*(?=(?:dir\.|directed by)\s)/gi;

/** "Harlan County USA (1976)", "THE ORGANIZER", "West of the Tracks – Wang Bing, 2002, 551 min" */
export function parseTitleLine(text: string): TitleLine {
  let s = text.trim().replace(/^#{1,6}\s+/, "").replace(/^\*\*(.+)\*\*$/, "$1").replace(/^__(.+)__$/, "$1").trim();
  let credits = emptyCredits();
  let strong = false;
  for (const m of s.matchAll(DASH_SPLIT)) {
    const right = s.slice(m.index! + m[0].length);
    const c = readCredits(right, true);
    if ((c.year !== null || c.runtime !== null || (DIR_MARKER.test(right) && c.directors.length)) && !c.prose) {
      credits = c;
      s = s.slice(0, m.index!).trim();
      strong = true;
      break;
    }
  }
  const paren = /\s*[([]([^()[\]]*)[)\]]\s*$/.exec(s);
  if (paren) {
    const c = readCredits(paren[1], true);
    if ((c.year !== null || c.runtime !== null) && c.clean) {
      mergeMissing(credits, c);
      s = s.slice(0, paren.index).trim();
      strong = true;
    }
  }
  const trailingYear = /,\s*((?:18[7-9]|19\d|20\d)\d)$/.exec(s);
  if (trailingYear && credits.year === null) {
    credits.year = Number(trailingYear[1]);
    s = s.slice(0, trailingYear.index).trim();
    strong = true;
  }
  s = s.replace(/^["“„«']\s*(.+?)\s*["”»']$/, "$1").replace(/[\s,:;–—-]+$/, "").trim();
  if (isAllCaps(s)) {
    s = titleCase(s);
    strong = true;
  }
  return { title: s || null, credits, strong };
}

function mergeMissing(into: Credits, from: Credits) {
  if (!into.directors.length) into.directors = from.directors;
  into.year ??= from.year;
  into.runtime ??= from.runtime;
  if (!into.countries.length) into.countries = from.countries;
  if (!into.languages.length) into.languages = from.languages;
  into.subtitles ??= from.subtitles;
  into.notes.push(...from.notes);
}

const URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;

function isTitleCandidate(text: string, heading: boolean): TitleLine | null {
  const t = text.trim();
  if (!t || t.length > (heading ? 300 : 160)) return null;
  if (/^\p{Ll}/u.test(t) && !heading) return null;
  if (isLaurel(t) || isRating(t) || URL_RE.test(t) || findPersonalData(t).length) return null;
  if (isYear(t) !== null || runtimeItem(t) !== null) return null;
  const items = splitItems(t);
  if (items.length > 1 && items.every((i) => classifyCreditItem(i))) return null;
  if (countryList(t)) return null;
  if (ROLE_START.test(t) || MARKER_IN.exec(t)?.index === 0) return null;
  const tl = parseTitleLine(t);
  if (!tl.title) return null;
  const title = tl.title;
  const words = title.split(/\s+/).length;
  if (words > (heading ? 25 : 15)) return null;
  if (!heading && /[^.]\.$/.test(title) && !/\b(?:\p{Lu}|Jr|Sr|Mr|Mrs|Dr|St|Vol|No)\.$/u.test(title)) return null;
  if (!heading) {
    const sentences = splitSentences(title);
    if (sentences.length > 1 && (words > 6 || sentences.slice(0, -1).some((x) => /\.["”’)]?$/.test(x)))) return null;
  }
  if (!heading && words > 10 && title.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length > words / 2) return null;
  return tl;
}

/* ---------------- line classes ---------------- */

type Kind = "blank" | "rule" | "label" | "title" | "noise" | "prose";

interface Info {
  kind: Kind;
  text: string;
  heading: boolean;
  label?: LabelMatch;
  titleLine?: TitleLine;
  director: boolean;
  runtime: boolean;
}

const RULE_RE = /^\s*(?:([-*=_~•·#])(?:\s*\1){2,}|[-=_*~]{3,})\s*$/;

function classify(line: SrcLine): Info {
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
    if (info.heading || tl.credits.directors.length || tl.credits.year !== null || tl.credits.runtime !== null || isAllCaps(text)) tl.strong = true;
    return info;
  }
  info.director = ROLE_ANY.test(text) || MARKER_IN.test(text);
  info.runtime = findRuntime(text) !== null;
  return info;
}

/* ---------------- entries ---------------- */

interface Draft {
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

function segment(infos: Info[]): Draft[] {
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
    const repeated = field !== null && field !== "internalNotes" && (cur.labels.has(field) || (field === "title" && (cur.hasTitle || cur.director || cur.runtime)));
    let split = false;
    if (hasLines) {
      if (paraStart) {
        paraDirector = paraEv[i].director;
        paraRuntime = paraEv[i].runtime;
        if (ruleBefore || info.heading) split = true;
        else if (info.kind === "label" && field)
          split = repeated || paraEv[i].fields.some((f) => cur.labels.has(f) || (f === "title" && (cur.hasTitle || cur.director || cur.runtime)));
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

/* ---------------- building a film ---------------- */

type Prio = 1 | 2 | 3; // credits in prose < title line < label

export class FilmBuilder {
  film: ParsedFilm = emptyFilm();
  notes: string[] = [];
  synopsis: string[] = [];
  private prio: Record<string, number> = {};

  set<K extends "title" | "year" | "runtimeMinutes" | "subtitles" | "genre" | "originalTitle">(key: K, value: ParsedFilm[K] | null, p: Prio) {
    if (value === null || value === undefined || value === "") return;
    if (this.film[key] === null || (this.prio[key] ?? 0) < p) {
      this.film[key] = value;
      this.prio[key] = p;
    }
  }
  add(key: "directors" | "cast" | "countries" | "languages", values: string[]) {
    if (values.length) this.film[key] = dedupeList([...this.film[key], ...values]);
  }
  credits(c: Credits, p: Prio) {
    this.add("directors", c.directors);
    this.add("cast", c.cast);
    this.set("year", c.year, p);
    this.set("runtimeMinutes", c.runtime, p);
    this.add("countries", c.countries);
    this.add("languages", c.languages);
    this.set("subtitles", c.subtitles, p);
  }

  label(field: FieldName, value: string, raw: string) {
    const empty = isEmptyValue(value);
    switch (field) {
      case "title": {
        if (empty) return;
        const tl = parseTitleLine(value);
        if (this.film.title !== null) {
          this.notes.push(raw);
          return;
        }
        this.set("title", tl.title, 3);
        this.credits(tl.credits, 2);
        return;
      }
      case "originalTitle":
        if (!empty) this.set("originalTitle", isAllCaps(value) ? titleCase(value) : value, 3);
        return;
      case "year": {
        const y = yearIn(value);
        if (y !== null) this.set("year", y, 3);
        else if (!empty) this.notes.push(raw);
        return;
      }
      case "directors": {
        const c = readCredits(value, true);
        if (c.directors.length) {
          this.add("directors", c.directors);
          c.directors = [];
          this.credits(c, 1);
          if (c.notes.length) this.notes.push(...c.notes);
        } else if (!empty) this.add("directors", splitNames(value));
        return;
      }
      case "cast":
        this.add("cast", splitNames(value));
        return;
      case "countries": {
        const c = countryList(value);
        this.add("countries", c ?? splitList(value));
        return;
      }
      case "runtimeMinutes": {
        if (empty) return;
        const r = parseRuntime(value) ?? findRuntime(value) ?? (/^\s*\d{1,4}\s*$/.test(value) ? parseRuntime(value) : null);
        if (r !== null) this.set("runtimeMinutes", r, 3);
        else this.notes.push(raw);
        return;
      }
      case "languages": {
        if (empty) return;
        const l = languagePhrase(value) ?? languagePhrase(`in ${value}`);
        if (l) {
          this.add("languages", l.languages);
          this.set("subtitles", l.subtitles, 3);
        } else {
          const sub = /\(([^)]*)subtitles?\)|,?\s*with\s+([\p{L} ,&/]+?)\s+subtitles?/iu.exec(value);
          const langs = sub ? value.slice(0, sub.index) : value;
          this.add("languages", splitList(langs));
          if (sub) this.set("subtitles", (sub[1] ?? sub[2]).replace(/\bsubtitles?\b/i, "").trim() || null, 3);
        }
        return;
      }
      case "subtitles": {
        if (empty) return;
        const v = value.replace(/\b(?:subtitles?|subtitled|subs)\b/gi, "").replace(/^\s*in\s+/i, "").replace(/\s+/g, " ").trim();
        this.set("subtitles", v || value.trim(), 3);
        return;
      }
      case "genre":
        if (!empty) this.set("genre", value.trim(), 3);
        return;
      case "synopsis":
        if (!empty) this.synopsis.push(value.trim());
        return;
      case "internalNotes":
        if (value.trim()) this.notes.push(value.trim());
        return;
    }
  }

  /** Prose: credits out of it, the rest to the synopsis (or notes when it is not prose). */
  prose(text: string, wholeLineCredits: boolean) {
    if (wholeLineCredits) {
      const items = splitItems(text.replace(/[.]$/, ""));
      if (items.length >= 1 && items.every((i) => classifyCreditItem(i))) {
        const c = readCredits(text, false);
        if (hasIdentity(c) || c.countries.length || c.languages.length) {
          this.credits(c, 1);
          this.notes.push(...c.notes);
          return;
        }
      }
    }
    const unplaced: string[] = [];
    for (const sentence of splitSentences(text)) {
      const roles = readRoles(sentence);
      if (roles) {
        this.credits(roles, 1);
        this.notes.push(...roles.notes);
        continue;
      }
      const m = MARKER_IN.exec(sentence);
      if (m) {
        const p = m.index + m[1].length;
        const before = sentence.slice(0, p);
        const c = readCredits(sentence.slice(p), true);
        if (c.directors.length) {
          if (c.prose) {
            // "The film, directed by Nigel Cole, follows ..." -- keep the sentence, take the names
            this.add("directors", c.directors);
            this.synopsis.push(sentence);
            continue;
          }
          this.credits(c, 1);
          this.notes.push(...c.notes);
          const dash = /^(.*?)\s*[—–-]+\s*$/.exec(before);
          if (dash && dash[1].trim()) {
            const cand = dash[1].trim();
            const tl = isTitleCandidate(cand, false);
            if (tl && tl.title && this.film.title === null && cand.split(/\s+/).length <= 12) {
              this.set("title", tl.title, 1);
              this.credits(tl.credits, 1);
            } else this.synopsis.push(cand);
          } else if (before.trim()) this.synopsis.push(before.trim().replace(/[,;]$/, "") + ".");
          continue;
        }
      }
      const items = splitItems(sentence.replace(/[.]$/, ""));
      if (items.length >= 2 && items.every((i) => classifyCreditItem(i))) {
        const c = readCredits(sentence, false);
        if (hasIdentity(c)) {
          this.credits(c, 1);
          this.notes.push(...c.notes);
          continue;
        }
      }
      const lang = languagePhrase(sentence);
      if (lang && (lang.languages.length || lang.subtitles)) {
        this.add("languages", lang.languages);
        this.set("subtitles", lang.subtitles, 1);
        continue;
      }
      if (isRating(sentence)) {
        this.notes.push(sentence);
        continue;
      }
      unplaced.push(sentence);
    }
    if (!unplaced.length) return;
    const rest = unplaced.join(" ");
    if (looksLikeProse(rest) || /[.!?]["”’)]?$/.test(rest)) this.synopsis.push(rest);
    else this.notes.push(rest);
  }

  finish(): ParsedFilm {
    const f = this.film;
    f.synopsis = this.synopsis.length ? this.synopsis.join(" ").replace(/[ \t\r]+/g, " ").replace(/ *\n+ */g, "\n").trim() : null;
    const notes = [...this.notes];
    let personal = false;
    const clean = (key: "title" | "originalTitle" | "synopsis" | "subtitles" | "genre", label: string) => {
      const v = f[key];
      if (!v) return;
      const r = stripPersonalData(v);
      if (r.removed.length) {
        personal = true;
        f[key] = r.text;
        notes.push(`Personal data removed from ${label}: ${r.removed.join("; ")}`);
      }
    };
    clean("title", "title");
    clean("originalTitle", "original title");
    clean("synopsis", "synopsis");
    clean("subtitles", "subtitles");
    clean("genre", "genre");
    for (const key of ["directors", "cast", "countries", "languages"] as const) {
      const kept: string[] = [];
      for (const item of f[key]) {
        if (findPersonalData(item).length) {
          personal = true;
          notes.push(`Personal data removed from ${key}: ${item}`);
        } else kept.push(item);
      }
      f[key] = kept;
    }
    if (notes.some((n) => findPersonalData(n).length)) personal = true;
    f.internalNotes = notes.length ? notes.join("\n") : null;
    f.flags = computeFlags(f, personal);
    return f;
  }
}

export function computeFlags(f: ParsedFilm, personal: boolean): FilmFlag[] {
  const flags: FilmFlag[] = [];
  if (!f.title) flags.push("missing-title");
  if (f.runtimeMinutes === null) flags.push("missing-runtime");
  if (personal) flags.push("personal-data");
  return flags;
}

function build(infos: Info[], idx: number[]): FilmBuilder {
  const b = new FilmBuilder();
  let titleAllowed = true;
  let continuing: FieldName | null = null;
  for (let n = 0; n < idx.length; n++) {
    const info = infos[idx[n]];
    if (info.kind === "blank" || info.kind === "rule") {
      continuing = null;
      continue;
    }
    if (info.kind === "label") {
      const l = info.label!;
      if (!l.field) {
        b.notes.push(info.text);
        continue;
      }
      titleAllowed = false;
      let value = l.value;
      if (!value && n + 1 < idx.length) {
        const next = infos[idx[n + 1]];
        if (next.kind !== "blank" && next.kind !== "rule" && next.kind !== "label") {
          value = next.text;
          n++;
        }
      }
      b.label(l.field, value, info.text);
      continuing = l.field === "synopsis" || l.field === "internalNotes" ? l.field : null;
      continue;
    }
    if (continuing === "internalNotes") {
      b.notes.push(info.text);
      continue;
    }
    if (info.kind === "title" && titleAllowed && b.film.title === null) {
      const tl = info.titleLine!;
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

export interface TextReadResult {
  entries: ParsedEntry[];
  warnings: string[];
}

/** Reads reduced lines (see markup.ts) into entries. rawLines: the decoded text's lines, for `source`. */
export function readLines(lines: SrcLine[], rawLines: string[]): TextReadResult {
  const infos = lines.map(classify);
  const drafts = segment(infos);
  const entries: ParsedEntry[] = [];
  const warnings: string[] = [];
  let pending: string[] = [];
  for (const d of drafts) {
    const content = d.lines.filter((i) => infos[i].kind !== "blank" && infos[i].kind !== "rule");
    if (!content.length) continue;
    const from = Math.min(...content.map((i) => lines[i].from));
    const to = Math.max(...content.map((i) => lines[i].to));
    if (!d.evidence) {
      const text = content.map((i) => infos[i].text).join(" / ");
      const range = from === to ? `line ${from}` : `lines ${from}-${to}`;
      warnings.push(`${range} did not look like a film and was kept in internal notes: "${text.length > 80 ? text.slice(0, 77) + "..." : text}"`);
      pending.push(`(${range}) ${text}`);
      continue;
    }
    const b = build(infos, d.lines);
    if (pending.length) {
      b.notes.unshift(...pending);
      pending = [];
    }
    const film = b.finish();
    entries.push({ index: entries.length, film, sourceLines: { from, to }, source: rawLines.slice(from - 1, to).join("\n") });
  }
  if (pending.length && entries.length) {
    const last = entries[entries.length - 1].film;
    last.internalNotes = [last.internalNotes, ...pending].filter(Boolean).join("\n");
    if (!last.flags.includes("personal-data") && pending.some((p) => findPersonalData(p).length)) last.flags.push("personal-data");
  }
  return { entries, warnings };
}
