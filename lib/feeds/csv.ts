/**
 * The programme as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the
 * accents), RFC 4180 quoting with CRLF line ends, and spreadsheet formula
 * injection neutralised (a cell starting with = + - @ tab or CR gets a leading
 * apostrophe). One row per screening, in start order; cancelled ones included
 * with status "cancelled". Columns keep their order (outside tools read by position); the ones
 * of issue 15 come after `status`: lists are "; "-separated, access marks and availability in
 * words (the pages' words), the ticket link as stored (the availability column says whether tickets
 * are sold). No internal note of a screening, film or guest is ever a column.
 */
import type { Programme } from "@/lib/programme";
import { ACCESS_WORDS, AVAILABILITY_WORDS } from "@/lib/screening-words";
import { stripForbidden } from "@/lib/text";
import { screeningDirectors, screeningRatings } from "./shared";

export const CSV_HEADER = [
  "date",
  "festival_day",
  "start",
  "end",
  "venue",
  "titles",
  "directors",
  "runtime_minutes",
  "status",
  "programme_title",
  "guests",
  "languages",
  "subtitles",
  "accessibility",
  "format",
  "section",
  "rating",
  "availability",
  "ticket_url",
] as const;

/** Neutralises a cell a spreadsheet would run as a formula. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180: quote a field containing a comma, quote, CR or LF; double embedded quotes. Control
 * characters (stored by an older version) are left out.
 */
export function csvField(text: string): string {
  const value = stripForbidden(text);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(cells: (string | number | null)[]): string {
  return cells.map((c) => csvField(neutraliseFormula(c == null ? "" : String(c)))).join(",");
}

export function renderScheduleCsv(programme: Programme): string {
  const rows = [csvRow([...CSV_HEADER])];
  for (const s of programme.screenings) {
    rows.push(
      csvRow([
        s.localDate,
        s.festivalDay,
        s.startTime,
        s.endTime,
        s.venue.name,
        s.title,
        screeningDirectors(s).join("; "),
        s.runtimeMinutes,
        s.status,
        s.programmeTitle,
        s.guests.map((g) => (g.role ? `${g.name} (${g.role})` : g.name)).join("; "),
        s.languages.join("; "),
        s.subtitles,
        s.accessibility.map((a) => ACCESS_WORDS[a]).join("; "),
        s.format,
        s.sections.join("; "),
        screeningRatings(s).join("; "),
        s.availability ? AVAILABILITY_WORDS[s.availability] : "",
        s.ticketUrl,
      ]),
    );
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}
