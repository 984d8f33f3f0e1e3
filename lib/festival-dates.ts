/** An edition's dates as its public header shows them: "23–25 October 2026", "30 October – 1 November 2026". */
export function festivalDates(firstDay: string, lastDay: string, locale = "en-GB"): string {
  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  const format = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
  if (lastDay <= firstDay) return format.format(at(firstDay));
  // ICU puts thin spaces around the dash: plain spaces, and none between two bare numbers, as in print.
  return format
    .formatRange(at(firstDay), at(lastDay))
    .replace(/\s+–\s+/g, " – ")
    .replace(/^(\d+) – (\d+) /, "$1–$2 ");
}
