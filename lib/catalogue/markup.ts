/**
 * Reduces HTML (or text with some markup in it) to lines of plain text with
 * htmlparser2: entities decoded, tags dropped, scripts and styles skipped,
 * block elements turned into line breaks. Every line remembers the lines of
 * the source it came from.
 */
import { Parser } from "htmlparser2";

export interface SrcLine {
  text: string;
  /** 1-based line range in the source. */
  from: number;
  to: number;
  /** came from an h1-h6 */
  heading?: boolean;
  /** a hard break (an <hr>, an article boundary, a --- rule) */
  rule?: boolean;
}

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "head",
  "iframe",
  "object",
  "nav",
  "select",
  "textarea",
  "button",
  "math",
]);
const LINE_BREAK = new Set(["br", "li", "tr", "dt", "dd", "caption", "option", "figcaption", "summary", "address", "label", "legend"]);
const PARAGRAPH = new Set([
  "p",
  "div",
  "table",
  "ul",
  "ol",
  "dl",
  "blockquote",
  "pre",
  "form",
  "fieldset",
  "details",
  "figure",
  "main",
  "aside",
  "center",
  "tbody",
  "thead",
  "tfoot",
  "header",
  "footer",
]);
const SECTION = new Set(["article", "section", "hr"]);
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** True when a text file has tags or entities worth decoding. */
export function hasMarkup(text: string): boolean {
  return /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/.test(text);
}

/**
 * htmlMode: source newlines are whitespace (HTML); otherwise every source
 * newline is a line break (a text file with a few tags or entities in it).
 */
export function reduceMarkup(src: string, htmlMode: boolean): SrcLine[] {
  const starts: number[] = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) starts.push(i + 1);
  const lineAt = (index: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? Infinity) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const out: SrcLine[] = [];
  let buf = "";
  let from = 0;
  let to = 0;
  let skip = 0;
  let heading = 0;
  let headingLine = false;
  let pre = 0;
  let lastSrcLine = 1;

  let tagBroke = false;
  const flush = () => {
    const text =
      htmlMode && !pre
        ? buf
            .replace(/[ \f\r\u00a0]+/g, " ")
            .replace(/ *\t */g, "\t")
            .trim()
        : buf.replace(/\u00a0/g, " ").replace(/\s+$/, "");
    if (text.trim()) out.push({ text, from: from || lastSrcLine, to: to || from || lastSrcLine, heading: headingLine || undefined });
    buf = "";
    from = 0;
    to = 0;
    headingLine = false;
  };
  /** a line break caused by a tag */
  const breakLine = () => {
    if (buf.trim()) {
      flush();
      tagBroke = true;
    } else buf = "";
  };
  /** a line break from a newline in a text file */
  const newline = (line: number) => {
    if (buf.trim()) flush();
    else if (!tagBroke) out.push({ text: "", from: line, to: line });
    buf = "";
    tagBroke = false;
  };
  /** a paragraph break (HTML): one blank line */
  const paraBreak = () => {
    if (!htmlMode) return;
    const last = out[out.length - 1];
    if (last && last.text !== "") out.push({ text: "", from: last.to, to: last.to });
  };
  const rule = () => {
    breakLine();
    const last = out[out.length - 1];
    if (last && !last.rule) out.push({ text: "", from: last.to, to: last.to, rule: true });
  };
  const append = (piece: string, line: number) => {
    if (!piece) return;
    if (piece.trim()) {
      if (!from) from = line;
      to = line;
      if (heading) headingLine = true;
      tagBroke = false;
    }
    buf += piece;
    lastSrcLine = line;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        if (skip) return;
        if (name === "pre") pre++;
        if (name === "td" || name === "th") {
          if (buf.trim()) buf += "\t";
        } else if (SECTION.has(name)) rule();
        else if (HEADING.has(name)) {
          breakLine();
          paraBreak();
          heading++;
        } else if (PARAGRAPH.has(name)) {
          breakLine();
          paraBreak();
        } else if (LINE_BREAK.has(name)) breakLine();
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          if (skip) skip--;
          return;
        }
        if (skip) return;
        if (name === "pre" && pre) pre--;
        if (SECTION.has(name)) {
          if (name !== "hr") rule();
        } else if (HEADING.has(name)) {
          breakLine();
          if (heading) heading--;
          paraBreak();
        } else if (PARAGRAPH.has(name)) {
          breakLine();
          paraBreak();
        } else if (LINE_BREAK.has(name) && name !== "br") breakLine();
      },
      ontext(data) {
        if (skip) return;
        const base = lineAt(parser.startIndex);
        if (htmlMode && !pre) {
          append(data.replace(/[\n\r\t]+/g, " "), base);
          return;
        }
        const pieces = data.split("\n");
        for (const [k, piece] of pieces.entries()) {
          if (k > 0) {
            if (htmlMode) breakLine();
            else newline(base + k - 1);
            lastSrcLine = base + k;
          }
          append(piece, base + k);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(src);
  parser.end();
  if (buf.trim()) flush();
  return out;
}
