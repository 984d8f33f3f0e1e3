"use server";
/**
 * Server actions of the people page (guests): a form schema and one service call each
 * (server/form-action.ts). Availability is typed as local date-times, read on the clock of the
 * zone the form names (the page's: the latest edition's zone) and sent as ISO instants with
 * their offsets, which the service validates with personInput/personPatch.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { done, formAction } from "@/server/form-action";
import { formId, formText, formVersion, readLocalRanges, refusalAtRows } from "@/server/forms";
import { createPerson, deletePerson, updatePerson } from "@/server/services/people";

const personForm = z
  .object({ name: formText, role: formText, internalNotes: formText, zone: z.string({ error: "must be a time zone" }) })
  .catchall(z.string())
  .transform((form, ctx) => {
    const { ranges, rows } = readLocalRanges(form, "availability", form.zone, ctx);
    return { person: { name: form.name, role: form.role, internalNotes: form.internalNotes, availability: ranges }, rows };
  });

/** The service's call; a refused range names the boxes it was typed in. */
function atRows<T>(rows: number[], call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw refusalAtRows(e, "availability", rows);
  }
}

export const createPersonAction = formAction({ may: "edit" }, personForm, ({ person, rows }, caller) => {
  const p = atRows(rows, () => createPerson(caller, person));
  revalidatePath("/admin/people");
  return done(`Added ${p.name}`);
});

export const updatePersonAction = formAction(
  { may: "edit" },
  z.object({ id: formId, version: formVersion }).and(personForm),
  ({ id, version, person, rows }, caller) => {
    const p = atRows(rows, () => updatePerson(caller, id, { ...person, version }));
    revalidatePath("/admin/people");
    return done(`Saved ${p.name}`);
  },
);

export const deletePersonAction = formAction({ may: "edit" }, z.object({ id: formId }), ({ id }, caller) => {
  deletePerson(caller, id);
  revalidatePath("/admin/people");
  return done("Deleted");
});
