/**
 * A film added by hand (the film form, POST /api/v1/films) needs a title or a runtime: an
 * empty form must not save an "Untitled" film. A placeholder, saved on purpose and flagged
 * like any film without a title, is the one exception. The importer keeps films without a
 * title on purpose (flagged missing-title): this rule is not its.
 */

export const PLACEHOLDER_HINT = "tick “Save as a placeholder” to keep it without them";

/** The field errors of an empty film added by hand, or null when it may be saved. */
export function emptyFilmFields(
  film: { title?: string | null; runtimeMinutes?: number | null },
  placeholder: boolean,
): Record<"title" | "runtimeMinutes", string> | null {
  if (placeholder) return null;
  if (film.title?.trim() || (film.runtimeMinutes !== null && film.runtimeMinutes !== undefined)) return null;
  return {
    title: `give a title or a runtime (or ${PLACEHOLDER_HINT})`,
    runtimeMinutes: "give a runtime or a title",
  };
}
