/** Credits inside prose ("DIR Mario Monicelli ... Italy/France, 1963, 130 min.") and title lines ("Harlan County USA (1976)", "Title - Director, 2002, 551 min"). */
import {
  classifyCreditItem,
  countryList,
  isAllCaps,
  isLaurel,
  isPersonName,
  isRating,
  isYear,
  runtimeItem,
  splitItems,
  splitNames,
  splitSentences,
  titleCase,
} from "./fields";
import { findPersonalData } from "./personal";

/* ---------------- credits ---------------- */

export interface Credits {
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
  return {
    directors: [],
    cast: [],
    year: null,
    runtime: null,
    countries: [],
    languages: [],
    subtitles: null,
    notes: [],
    clean: true,
    prose: false,
  };
}

const DIR_MARKER = /^(?:written\s+and\s+directed\s+by|directed\s+by|a\s+film\s+by|dir\.|dir:|director:?|regie:?|by)\s+/i;

export function looksLikeProse(s: string): boolean {
  const words = s.trim().split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 4 && lower >= 2;
}

/** "Ken Loach, 2000, UK/Germany/Spain, 110 min, In English ..." with leading names as directors when allowed. */
export function readCredits(text: string, namesFirst: boolean): Credits {
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
    for (const item of items) {
      const names = splitNames(item);
      if (!names.length || !names.every(isPersonName)) break;
      c.directors.push(...names);
      i++;
    }
  }
  for (const item of items.slice(i)) {
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

export function hasIdentity(c: Credits): boolean {
  return c.year !== null || c.runtime !== null || c.directors.length > 0;
}

const ROLE = "(?:CO-DIR|DIR|SCR|PROD|EXEC PROD|EP|DP|CIN|ED|MUS|CAM|PHOTO|ANIM|NARR|CAST|WRI|SND|PD|AD|CO-PROD|CO-SCR)";
const ROLE_START = new RegExp(String.raw`^(${ROLE}(?:\s*\/\s*${ROLE})*)\.?\s+(?=[\p{Lu}\p{Lt}])`, "u");
export const ROLE_ANY = new RegExp(String.raw`(?:^|[\s.;(])(?:${ROLE}\s*\/\s*)*DIR(?:\s*\/\s*${ROLE})*\.?\s+\p{Lu}`, "u");
export const MARKER_IN = /(^|[\s(,;—–-])(written\s+and\s+directed\s+by|directed\s+by|a\s+film\s+by|dir\.|dir:)\s*(?=\p{Lu})/iu;

/** "DIR/SCR Mario Monicelli; SCR Agenore Incrocci, Furio Scarpelli; PROD Franco Cristaldi" */
export function readRoles(sentence: string): Credits | null {
  const segments = sentence.replace(/[.]$/, "").split(/\s*;\s*/);
  if (!ROLE_START.test(segments[0] ?? "")) return null;
  const c = emptyCredits();
  for (const seg of segments) {
    const [prefix, roleList] = ROLE_START.exec(seg) ?? [];
    if (!prefix || !roleList) {
      const k = readCredits(seg, false);
      merge(c, k);
      continue;
    }
    const roles = roleList.split(/\s*\/\s*/);
    const rest = seg.slice(prefix.length);
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

export interface TitleLine {
  title: string | null;
  credits: Credits;
  strong: boolean;
}

const DASH_SPLIT = /\s+[-–—]+\s+|\s*[—–]\s*(?=(?:dir\.|directed by)\s)/gi;

/** "Harlan County USA (1976)", "THE ORGANIZER", "West of the Tracks – Wang Bing, 2002, 551 min" */
export function parseTitleLine(text: string): TitleLine {
  let s = text
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(/^\*\*(.+)\*\*$/, "$1")
    .replace(/^__(.+)__$/, "$1")
    .trim();
  let credits = emptyCredits();
  let strong = false;
  for (const m of s.matchAll(DASH_SPLIT)) {
    const right = s.slice(m.index + m[0].length);
    const c = readCredits(right, true);
    if ((c.year !== null || c.runtime !== null || (DIR_MARKER.test(right) && c.directors.length)) && !c.prose) {
      credits = c;
      s = s.slice(0, m.index).trim();
      strong = true;
      break;
    }
  }
  const paren = /\s*[([]([^()[\]]*)[)\]]\s*$/.exec(s);
  if (paren?.[1] !== undefined) {
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
  s = s
    .replace(/^["“„«']\s*(.+?)\s*["”»']$/, "$1")
    .replace(/[\s,:;–—-]+$/, "")
    .trim();
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

export const URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;

export function isTitleCandidate(text: string, heading: boolean): TitleLine | null {
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
