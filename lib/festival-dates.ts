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

/**
 * The days' strip of the public header: "Fri 23 Oct", "Sat 24", "Sun 25", … with the month on
 * the first day and wherever it changes (a ten-day festival fits a phone's width in a glance).
 */
export function dayTabs(days: string[], locale = "en-GB"): { day: string; label: string }[] {
  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  const short = new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "short", day: "numeric" });
  const withMonth = new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" });
  return days.map((day, i) => {
    const monthChanged = i === 0 || days[i - 1]?.slice(0, 7) !== day.slice(0, 7);
    return { day, label: (monthChanged ? withMonth : short).format(at(day)) };
  });
}
