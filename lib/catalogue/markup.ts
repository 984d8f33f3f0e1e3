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

/** The 1-based source line of a character index. */
function lineIndex(src: string): (index: number) => number {
  const starts: number[] = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Collects the text between tags into lines, with the source lines they came from. */
class LineWriter {
  readonly out: SrcLine[] = [];
  private buf = "";
  private from = 0;
  private to = 0;
  private skip = 0;
  private heading = 0;
  private headingLine = false;
  private pre = 0;
  private lastSrcLine = 1;
  private tagBroke = false;

  constructor(private readonly htmlMode: boolean) {}

  open(name: string): void {
    if (SKIP.has(name)) this.skip++;
    if (this.skip) return;
    if (name === "pre") this.pre++;
    if (name === "td" || name === "th") {
      if (this.buf.trim()) this.buf += "\t";
    } else if (SECTION.has(name)) this.rule();
    else if (HEADING.has(name)) {
      this.breakLine();
      this.paraBreak();
      this.heading++;
    } else if (PARAGRAPH.has(name)) {
      this.breakLine();
      this.paraBreak();
    } else if (LINE_BREAK.has(name)) this.breakLine();
  }

  close(name: string): void {
    if (SKIP.has(name)) {
      if (this.skip) this.skip--;
      return;
    }
    if (this.skip) return;
    if (name === "pre" && this.pre) this.pre--;
    if (SECTION.has(name)) {
      if (name !== "hr") this.rule();
    } else if (HEADING.has(name)) {
      this.breakLine();
      if (this.heading) this.heading--;
      this.paraBreak();
    } else if (PARAGRAPH.has(name)) {
      this.breakLine();
      this.paraBreak();
    } else if (LINE_BREAK.has(name) && name !== "br") this.breakLine();
  }

  /** Text that starts on source line `base`. */
  text(data: string, base: number): void {
    if (this.skip) return;
    if (this.htmlMode && !this.pre) {
      this.append(data.replace(/[\n\r\t]+/g, " "), base);
      return;
    }
    data.split("\n").forEach((piece, k) => {
      if (k > 0) {
        if (this.htmlMode) this.breakLine();
        else this.newline(base + k - 1);
        this.lastSrcLine = base + k;
      }
      this.append(piece, base + k);
    });
  }

  end(): SrcLine[] {
    if (this.buf.trim()) this.flush();
    return this.out;
  }

  private flush(): void {
    const text =
      this.htmlMode && !this.pre
        ? this.buf
            .replace(/[ \f\r\u00a0]+/g, " ")
            .replace(/ *\t */g, "\t")
            .trim()
        : this.buf.replace(/\u00a0/g, " ").replace(/\s+$/, "");
    const from = this.from || this.lastSrcLine;
    if (text.trim()) this.out.push({ text, from, to: this.to || from, heading: this.headingLine || undefined });
    this.buf = "";
    this.from = 0;
    this.to = 0;
    this.headingLine = false;
  }

  /** A line break caused by a tag. */
  private breakLine(): void {
    if (this.buf.trim()) {
      this.flush();
      this.tagBroke = true;
    } else this.buf = "";
  }

  /** A line break from a newline in a text file. */
  private newline(line: number): void {
    if (this.buf.trim()) this.flush();
    else if (!this.tagBroke) this.out.push({ text: "", from: line, to: line });
    this.buf = "";
    this.tagBroke = false;
  }

  /** A paragraph break (HTML): one blank line. */
  private paraBreak(): void {
    if (!this.htmlMode) return;
    const last = this.out.at(-1);
    if (last && last.text !== "") this.out.push({ text: "", from: last.to, to: last.to });
  }

  private rule(): void {
    this.breakLine();
    const last = this.out.at(-1);
    if (last && !last.rule) this.out.push({ text: "", from: last.to, to: last.to, rule: true });
  }

  private append(piece: string, line: number): void {
    if (!piece) return;
    if (piece.trim()) {
      if (!this.from) this.from = line;
      this.to = line;
      if (this.heading) this.headingLine = true;
      this.tagBroke = false;
    }
    this.buf += piece;
    this.lastSrcLine = line;
  }
}

/**
 * htmlMode: source newlines are whitespace (HTML); otherwise every source
 * newline is a line break (a text file with a few tags or entities in it).
 */
export function reduceMarkup(src: string, htmlMode: boolean): SrcLine[] {
  const lineAt = lineIndex(src);
  const writer = new LineWriter(htmlMode);
  const parser = new Parser(
    {
      onopentag: (name) => writer.open(name),
      onclosetag: (name) => writer.close(name),
      ontext: (data) => writer.text(data, lineAt(parser.startIndex)),
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(src);
  parser.end();
  return writer.end();
}
