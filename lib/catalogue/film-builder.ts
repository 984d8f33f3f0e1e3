/** One entry read into a film: labelled fields win over a title line, which wins over credits in prose; the rest goes to the synopsis or the internal notes. */
import { findRuntime, parseRuntime } from "@/lib/runtime";
import { normaliseLine, normaliseText } from "@/lib/text";
import type { FilmFlag } from "@/lib/types";
import type { Credits } from "./credits";
import { hasIdentity, isTitleCandidate, looksLikeProse, MARKER_IN, parseTitleLine, readCredits, readRoles } from "./credits";
import {
  classifyCreditItem,
  countryList,
  dedupeList,
  isAllCaps,
  isEmptyValue,
  isRating,
  languagePhrase,
  splitItems,
  splitList,
  splitNames,
  splitSentences,
  titleCase,
  yearIn,
} from "./fields";
import { emptyFilm, type FieldName, type ParsedFilm } from "./model";
import { findPersonalData, stripPersonalData } from "./personal";

/* ---------------- building a film ---------------- */

export type Prio = 1 | 2 | 3; // credits in prose < title line < label

/** A film's age rating is short ("12", "PG-13", "M/16"; the film API takes at most 40 characters): longer text goes to the notes. */
const MAX_RATING = 40;

export class FilmBuilder {
  film: ParsedFilm = emptyFilm();
  notes: string[] = [];
  synopsis: string[] = [];
  private prio: Record<string, number> = {};

  set<K extends "title" | "year" | "runtimeMinutes" | "subtitles" | "genre" | "originalTitle" | "rating" | "section">(
    key: K,
    value: ParsedFilm[K] | null,
    p: Prio,
  ) {
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
      case "title":
        if (!empty) this.labelledTitle(value, raw);
        return;
      case "originalTitle":
        if (!empty) this.set("originalTitle", isAllCaps(value) ? titleCase(value) : value, 3);
        return;
      case "year": {
        const y = yearIn(value);
        if (y !== null) this.set("year", y, 3);
        else if (!empty) this.notes.push(raw);
        return;
      }
      case "directors":
        this.labelledDirectors(value, empty);
        return;
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
      case "languages":
        if (!empty) this.labelledLanguages(value);
        return;
      case "subtitles":
        if (!empty) this.labelledSubtitles(value);
        return;
      case "genre":
        if (!empty) this.set("genre", value.trim(), 3);
        return;
      case "rating":
        this.labelledRating(value, raw, empty);
        return;
      case "section":
        if (!empty) this.set("section", value.trim(), 3);
        return;
      case "synopsis":
        if (!empty) this.synopsis.push(value.trim());
        return;
      case "internalNotes":
        if (value.trim()) this.notes.push(value.trim());
        return;
    }
  }

  /** "Title: Salt of the Earth (1954)": the title and its credits; a second title goes to the notes. */
  private labelledTitle(value: string, raw: string) {
    const tl = parseTitleLine(value);
    if (this.film.title !== null) {
      this.notes.push(raw);
      return;
    }
    this.set("title", tl.title, 3);
    this.credits(tl.credits, 2);
  }

  /** "Director: Herbert J. Biberman (USA, 1954, 94 min)": the names and any credits after them. */
  private labelledDirectors(value: string, empty: boolean) {
    const c = readCredits(value, true);
    if (c.directors.length) {
      this.add("directors", c.directors);
      c.directors = [];
      this.credits(c, 1);
      if (c.notes.length) this.notes.push(...c.notes);
    } else if (!empty) this.add("directors", splitNames(value));
  }

  /** "Rating: 12", "Age rating: M/16", "Rated PG-13"; a sentence about the rating stays in the notes. */
  private labelledRating(value: string, raw: string, empty: boolean) {
    if (empty) return;
    const v = value
      .trim()
      .replace(/^rated\s+/i, "")
      .replace(/[.]$/, "");
    if (v.length > MAX_RATING) this.notes.push(raw);
    else this.set("rating", v, 3);
  }

  /** "Language: Spanish with English subtitles", "English (French subtitles)". */
  private labelledLanguages(value: string) {
    const l = languagePhrase(value) ?? languagePhrase(`in ${value}`);
    if (l) {
      this.add("languages", l.languages);
      this.set("subtitles", l.subtitles, 3);
      return;
    }
    const sub = /\(([^)]*)subtitles?\)|,?\s*with\s+([\p{L} ,&/]+?)\s+subtitles?/iu.exec(value);
    const langs = sub ? value.slice(0, sub.index) : value;
    this.add("languages", splitList(langs));
    const subtitles = sub?.[1] ?? sub?.[2];
    if (subtitles !== undefined) this.set("subtitles", subtitles.replace(/\bsubtitles?\b/i, "").trim() || null, 3);
  }

  /** "Subtitles: in English", "English subtitled". */
  private labelledSubtitles(value: string) {
    const v = value
      .replace(/\b(?:subtitles?|subtitled|subs)\b/gi, "")
      .replace(/^\s*in\s+/i, "")
      .replace(/\s+/g, " ")
      .trim();
    this.set("subtitles", v || value.trim(), 3);
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
        const p = m.index + (m[1] ?? "").length;
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
          const cand = /^(.*?)\s*[—–-]+\s*$/.exec(before)?.[1]?.trim();
          if (cand) {
            const tl = isTitleCandidate(cand, false);
            if (tl?.title && this.film.title === null && cand.split(/\s+/).length <= 12) {
              this.set("title", tl.title, 1);
              this.credits(tl.credits, 1);
            } else this.synopsis.push(cand);
          } else if (before.trim()) this.synopsis.push(`${before.trim().replace(/[,;]$/, "")}.`);
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
    f.synopsis = this.synopsis.length
      ? this.synopsis
          .join(" ")
          .replace(/[ \t\r]+/g, " ")
          .replace(/ *\n+ */g, "\n")
          .trim()
      : null;
    normaliseFields(f);
    const notes = [...this.notes];
    let personal = false;
    const clean = (key: "title" | "originalTitle" | "synopsis" | "subtitles" | "genre" | "section", label: string) => {
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
    clean("section", "section");
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
    f.internalNotes = notes.length ? normaliseText(notes.join("\n")) || null : null;
    f.flags = computeFlags(f, personal);
    return f;
  }
}

/**
 * The importer stores text as the forms do (lib/text.ts): single-line fields and list items
 * with invisible characters removed and odd spaces one space (an item left empty is dropped),
 * the synopsis with its line breaks; so an imported title matches the one typed by hand.
 */
function normaliseFields(f: ParsedFilm): void {
  for (const key of ["title", "originalTitle", "subtitles", "genre", "rating", "section"] as const) {
    const v = f[key];
    if (v != null) f[key] = normaliseLine(v) || null;
  }
  for (const key of ["directors", "cast", "countries", "languages"] as const) f[key] = f[key].map(normaliseLine).filter(Boolean);
  if (f.synopsis != null) f.synopsis = normaliseText(f.synopsis) || null;
}

function computeFlags(f: ParsedFilm, personal: boolean): FilmFlag[] {
  const flags: FilmFlag[] = [];
  if (!f.title) flags.push("missing-title");
  if (f.runtimeMinutes === null) flags.push("missing-runtime");
  if (personal) flags.push("personal-data");
  return flags;
}
