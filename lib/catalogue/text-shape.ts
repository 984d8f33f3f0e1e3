/** The shape of catalogue text: sentences, title casing of shouted titles, laurels. */

const ABBREV = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "dir",
  "prof",
  "vs",
  "no",
  "vol",
  "ca",
  "approx",
  "feat",
  "ft",
  "mt",
  "co",
  "inc",
  "ltd",
  "ed",
  "eds",
  "rev",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cf",
  "etc",
  "prod",
  "scr",
  "cin",
]);

/** Sentences, not broken after initials ("Herbert J. Biberman"), "U.S." or "dir.". */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /([.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(re)) {
    const [whole, stop = ""] = m;
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    if (stop === ".") {
      if (/^\p{Lu}$/u.test(lastWord)) continue; // initial
      if (/\./.test(lastWord)) continue; // U.S.
      if (ABBREV.has(lastWord.toLowerCase())) continue;
    }
    out.push(text.slice(start, m.index + stop.length).trim());
    start = m.index + whole.length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

const SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "nor",
  "but",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "from",
  "as",
  "vs",
  "via",
  "into",
  "onto",
  "upon",
  "per",
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "el",
  "los",
  "las",
  "y",
  "e",
  "da",
  "do",
  "das",
  "dos",
  "di",
  "del",
  "della",
  "und",
  "der",
  "die",
  "das",
  "von",
  "zu",
  "et",
  "en",
  "au",
  "aux",
  "o",
  "um",
  "uma",
]);
const ACRONYMS = new Set([
  "USA",
  "US",
  "UK",
  "USSR",
  "UAE",
  "NYC",
  "LA",
  "DC",
  "TV",
  "FBI",
  "CIA",
  "NASA",
  "AIDS",
  "HIV",
  "BBC",
  "DDR",
  "GDR",
  "RAF",
  "IRA",
  "NHS",
  "EU",
  "UN",
  "NATO",
  "OK",
  "DNA",
  "DJ",
  "MC",
  "CEO",
  "UFO",
  "WWII",
  "WWI",
  "IBM",
  "AI",
  "ABC",
  "CBS",
  "NBC",
  "MTV",
  "KGB",
  "SOS",
  "ID",
  "PR",
  "GI",
  "MP",
  "RIP",
  "UNESCO",
  "ANC",
  "PLO",
  "ETA",
  "FARC",
  "NY",
  "SF",
  "QC",
  "PM",
  "AM",
  "LGBT",
  "LGBTQ",
  "BFI",
  "NFB",
  "ONF",
  "RTP",
  "UCLA",
  "MIT",
]);
const NOT_ACRONYMS = new Set(["MR", "MRS", "DR", "ST", "JR", "SR", "MS", "MT", "LTD", "VS"]);

function capitalise(word: string): string {
  // hyphen parts each capitalised: RIFF-RAFF -> Riff-Raff
  return word
    .split("-")
    .map((part) => {
      const [, initial, apostrophe = "", rest = ""] = /^([\p{L}])(['’])(\p{L}.*)$/u.exec(part) ?? [];
      if (initial) return initial.toUpperCase() + apostrophe + rest.charAt(0).toUpperCase() + rest.slice(1).toLowerCase();
      return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
    })
    .join("-");
}

/** "THE ORGANIZER" -> "The Organizer", "HARLAN COUNTY USA" -> "Harlan County USA". */
export function titleCase(text: string): string {
  const words = text.split(/(\s+)/);
  let first = true;
  let afterBreak = false;
  return words
    .map((w) => {
      if (/^\s+$/.test(w) || !w) return w;
      const [, lead = "", core = "", trail = ""] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(w) ?? [];
      let out = core;
      if (core) {
        const bare = core.replace(/\./g, "");
        const noVowels = !/[AEIOUYÀ-ÖØ-Ý]/i.test(bare) && bare.length >= 2 && /^\p{L}+$/u.test(bare);
        if (
          ACRONYMS.has(bare) ||
          (/^[IVX]{2,5}$/.test(core) && /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/.test(core)) ||
          (noVowels && !NOT_ACRONYMS.has(bare))
        )
          out = core;
        else if (!first && !afterBreak && SMALL_WORDS.has(core.toLowerCase())) out = core.toLowerCase();
        else out = capitalise(core);
        first = false;
      }
      afterBreak = /[:—–!?]$/.test(trail) || /^[-–—]$/.test(w);
      return lead + out + trail;
    })
    .join("");
}

/** True when a line shouts: letters present and none lower case. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && !/\p{Ll}/u.test(letters) && /\p{Lu}/u.test(letters);
}

const LAUREL_RE =
  /\b(?:official selection|selected for|winner|won|nominated|nominee|award-winning|world premiere|international premiere|european premiere|in competition|special mention|audience award|grand prix|jury prize)\b/i;
// "Golden" or "Silver" alone starts many titles ("Golden Harvest (1999)"); only the prizes count.
const LAUREL2_RE =
  /\b(?:festival|awards?|prize|berlinale|sundance|cannes|venice|tiff|idfa|palme|(?:golden|silver) (?:bear|lion|palm|globe|leopard|shell|dove|st\.? george|hugo|gate)|academy|oscars?)\b/i;

/** "Official Selection, 2014 Cannes Film Festival": a laurel, not a title. */
export function isLaurel(text: string): boolean {
  if (text.split(/\s+/).length > 14 || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  return LAUREL_RE.test(text) || (LAUREL2_RE.test(text) && /\b(?:18|19|20)\d\d\b/.test(text));
}
