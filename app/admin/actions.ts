"use server";
/**
 * Server actions of the programmers' area: each is a form schema and one service call,
 * written with formAction (server/form-action.ts), which answers FormState.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { done, formAction } from "@/server/form-action";
import { formBoolean, formId, formList, formNumber, formText, formVersion } from "@/server/forms";
import { withTranslations } from "@/server/i18n-forms";
import { createEdition, createVenue, deleteVenue, updateEdition, updateVenue } from "@/server/services/editions";
import { createFilm, deleteFilm, updateFilm } from "@/server/services/films";
import { publishAndServe } from "@/server/services/releases";

const filmForm = z.object({
  title: formText,
  originalTitle: formText,
  year: formText,
  runtimeMinutes: formText,
  subtitles: formText,
  genre: formText,
  synopsis: formText,
  internalNotes: formText,
  directors: formList,
  cast: formList,
  countries: formList,
  languages: formList,
});

export const createFilmAction = formAction({ may: "edit" }, filmForm.extend({ placeholder: formBoolean }), (film, caller) => {
  const { id } = createFilm(caller, film);
  revalidatePath("/admin/films");
  redirect(`/admin/films/${id}?saved=1`);
});

export const updateFilmAction = formAction(
  { may: "edit" },
  filmForm.extend({ id: formId, version: formVersion }).catchall(z.string()),
  ({ id, ...fields }, caller) => {
    const { rest, translations } = withTranslations(fields);
    updateFilm(caller, id, { ...rest, translations });
    revalidatePath("/admin/films");
    redirect(`/admin/films/${id}?saved=1`);
  },
);

export const deleteFilmAction = formAction({ may: "edit" }, z.object({ id: formId }), ({ id }, caller) => {
  deleteFilm(caller, id);
  redirect("/admin/films?deleted=1");
});

const editionForm = z.object({
  slug: formText,
  name: formText,
  firstDay: formText,
  lastDay: formText,
  timeZone: formText,
  accentColor: formText,
});

export const createEditionAction = formAction(
  { may: "admin" },
  editionForm.extend({ dayBreak: formText }),
  ({ dayBreak, ...edition }, caller) => {
    const { slug } = createEdition(caller, { ...edition, dayBreak: dayBreak || undefined });
    redirect(`/admin/editions/${slug}`);
  },
);

export const updateEditionAction = formAction(
  { may: "admin", in: "currentSlug" },
  editionForm
    .extend({
      currentSlug: z.string(),
      dayBreak: formText,
      version: formVersion,
      locales: formList,
      defaultLocale: formText,
      embedOrigins: formList,
    })
    .catchall(z.string()),
  ({ currentSlug, ...fields }, caller) => {
    const { rest, translations } = withTranslations(fields);
    const { slug } = updateEdition(caller, currentSlug, { ...rest, translations });
    revalidatePath(`/admin/editions/${slug}`);
    if (slug !== currentSlug) redirect(`/admin/editions/${slug}`);
    return done("Edition saved");
  },
);

const venueForm = z.object({
  edition: z.string(),
  name: formText,
  capacity: formNumber(null),
  changeoverMinutes: formNumber(0),
  stepFree: formBoolean,
  doorsMinutes: formNumber(15),
});

export const createVenueAction = formAction({ may: "edit", in: "edition" }, venueForm, ({ edition, ...venue }, caller) => {
  createVenue(caller, edition, venue);
  revalidatePath(`/admin/editions/${edition}`);
  return done(`Venue "${venue.name}" added`);
});

export const updateVenueAction = formAction(
  { may: "edit", in: "edition" },
  venueForm.extend({ id: formId, version: formVersion }).catchall(z.string()),
  ({ edition, id, ...fields }, caller) => {
    const { rest, translations } = withTranslations(fields);
    const venue = updateVenue(caller, edition, id, { ...rest, translations });
    revalidatePath(`/admin/editions/${edition}`);
    return done(`Venue "${venue.name}" saved`);
  },
);

export const deleteVenueAction = formAction(
  { may: "edit", in: "edition" },
  z.object({ edition: z.string(), id: formId }),
  ({ edition, id }, caller) => {
    deleteVenue(caller, edition, id);
    revalidatePath(`/admin/editions/${edition}`);
    return done("Venue deleted");
  },
);

export const publishAction = formAction(
  { may: "publish", in: "edition" },
  z.object({ edition: z.string(), note: formText }),
  async ({ edition, note }, caller) => {
    const { version } = await publishAndServe(caller, edition, { note });
    revalidatePath(`/admin/editions/${edition}`);
    redirect(`/admin/editions/${edition}/publish?published=${version}`);
  },
);
