/** What the screening form's parts share: a box's look, a part's heading, the server's word on a field. */

export const boxClass = "w-full rounded border border-stone-400 px-2 py-1";

/** A part of the form (films, programme, guests...): set off by a rule, its heading in small capitals. */
export const partClass = "grid gap-2 border-t border-stone-300 pt-1";
export const legendClass = "pb-1 text-xs font-semibold uppercase tracking-wide text-stone-700";

/** The server's word on a field, under it. */
export function FieldError({ error }: { error?: string }) {
  return error ? <span className="text-red-800">{error}</span> : null;
}
