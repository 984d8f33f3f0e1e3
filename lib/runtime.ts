/**
 * Runtimes as archives spell them, read into whole minutes (rounded up).
 *
 * "Run Time: 177 Minutes", "103 min", "107 mins", "1 hr 22 min", "2 hrs 15 min",
 * "1:27", "135'", "46 sec" (-> 1), "94 minutes", "1h30", "90'30\"". Nothing
 * readable -> null (unknown); never a guess.
 */

const LABEL = /^\s*(?:total\s+)?(?:run(?:ning)?[\s-]*time|runtime|duration|length|dur\.?)\s*[:.-]?\s*/i;

const H = String.raw`(?:h|hr|hrs|hour|hours|std)\.?`;
const M = String.raw`(?:m|min|mins|minute|minutes|minuten|minutos|')\.?`;
const S = String.raw`(?:s|sec|secs|second|seconds|")\.?`;
const NUM = String.raw`(\d+(?:[.,]\d+)?)`;

const PATTERNS: { re: RegExp; toSeconds: (m: RegExpExecArray) => number }[] = [
  // 1:27 or 1:27:30 (h:mm[:ss])
  { re: /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?$/, toSeconds: (m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) },
  // 1 hr 22 min 10 sec, 2h15, 1h 30m, 2 hrs
  {
    re: new RegExp(String.raw`^${NUM}\s*${H}(?:\s*,?\s*(?:and\s+)?(\d+)\s*(?:${M})?)?(?:\s*(\d+)\s*${S})?$`, "i"),
    toSeconds: (m) => num(m[1]) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0),
  },
  // 90 min 30 sec, 90'30", 135', 103 min
  { re: new RegExp(String.raw`^${NUM}\s*${M}(?:\s*(\d+)\s*${S})?$`, "i"), toSeconds: (m) => num(m[1]) * 60 + Number(m[2] ?? 0) },
  // 46 sec
  { re: new RegExp(String.raw`^${NUM}\s*${S}$`, "i"), toSeconds: (m) => num(m[1]) },
  // bare number: minutes
  { re: /^(\d{1,4})$/, toSeconds: (m) => Number(m[1]) * 60 },
];

function num(s: string | undefined): number {
  return Number((s ?? "0").replace(",", "."));
}

/** Whole minutes (rounded up) or null when the text gives no runtime. */
export function parseRuntime(text: string | null | undefined): number | null {
  if (text == null) return null;
  let t = String(text)
    .replace(/[\u2019\u2032]/g, "'")
    .replace(/[\u201d\u2033]/g, '"')
    .replace(/\u00a0/g, " ")
    .trim();
  t = t
    .replace(LABEL, "")
    .replace(/[\s.;,]+$/, "")
    .replace(/^approx(?:imately|\.)?\s*|^ca\.?\s*|^~\s*/i, "")
    .trim();
  if (!t) return null;
  for (const { re, toSeconds } of PATTERNS) {
    const m = re.exec(t);
    if (m) {
      const seconds = toSeconds(m);
      if (!Number.isFinite(seconds) || seconds <= 0) return null;
      const minutes = Math.ceil(seconds / 60 - 1e-9);
      return minutes >= 1 && minutes <= 6000 ? minutes : null;
    }
  }
  return null;
}

/** Finds a runtime inside a longer line ("Canada, 2002, 551 min"), or null. */
export function findRuntime(text: string): number | null {
  const t = text.replace(/[\u2019\u2032]/g, "'");
  const re = new RegExp(
    String.raw`(\d{1,2}:[0-5]\d(?::[0-5]\d)?(?!\d)|${NUM}\s*${H}(?:\s*,?\s*\d+\s*(?:${M})?)?(?:\s*\d+\s*${S})?|${NUM}\s*${M}(?:\s*\d+\s*${S})?|${NUM}\s*${S})(?![a-z])`,
    "gi",
  );
  for (const m of t.matchAll(re)) {
    const v = parseRuntime(m[0]);
    if (v !== null) return v;
  }
  return null;
}

/** "177 min", "1 h 22 min" style for people; "runtime unknown" for null. */
export function formatRuntime(minutes: number | null | undefined): string {
  if (minutes == null) return "runtime unknown";
  return `${minutes} min`;
}
