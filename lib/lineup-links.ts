/** Addresses in the programmers' area inside a lineup (issue 16): the URL says which scenario, if any. */

/** `href` in a scenario's lineup (`?scenario={id}` joined to its query, before its #fragment); unchanged for the working lineup. */
export function inLineup(href: string, scenarioId: number | null | undefined): string {
  if (scenarioId === null || scenarioId === undefined) return href;
  const hashAt = href.indexOf("#");
  const path = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? "" : href.slice(hashAt);
  return `${path}${path.includes("?") ? "&" : "?"}scenario=${scenarioId}${hash}`;
}
