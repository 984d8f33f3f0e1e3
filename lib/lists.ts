/** Lists read by position where a miss is a mistake in the caller, not a case to handle. */

/** The item at `i` (negative counts from the end); a miss throws, naming what was looked for. */
export function itemAt<T>(list: readonly T[], i: number, what = "item"): T {
  const item = list.at(i);
  if (item === undefined) throw new Error(`no ${what} at ${i}: there are ${list.length}`);
  return item;
}
