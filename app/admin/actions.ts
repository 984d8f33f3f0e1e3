"use server";
/**
 * Server actions of the programmers' area. Each one is a thin adapter: form
 * fields in, one service call, FormState (message + field errors) out.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type FormState, formError, formObject, listField } from "@/server/forms";
import { createEdition, createVenue, deleteVenue, updateEdition, updateVenue } from "@/server/services/editions";
import { createFilm, deleteFilm, updateFilm } from "@/server/services/films";
import { publishRelease } from "@/server/services/releases";
import { currentActor } from "@/server/session";

const LIST_FIELDS = ["directors", "cast", "countries", "languages"] as const;

function filmFromForm(data: FormData) {
  const f = formObject(data);
  const out: Record<string, unknown> = {
    title: f.title,
    originalTitle: f.originalTitle,
    year: f.year,
    runtimeMinutes: f.runtimeMinutes,
    subtitles: f.subtitles,
    genre: f.genre,
    synopsis: f.synopsis,
    internalNotes: f.internalNotes,
  };
  for (const k of LIST_FIELDS) out[k] = listField(f[k]);
  return out;
}

export async function createFilmAction(_prev: FormState, data: FormData): Promise<FormState> {
  let id: number;
  try {
    id = createFilm(await currentActor(), filmFromForm(data)).id;
  } catch (e) {
    return formError(e);
  }
  revalidatePath("/admin/films");
  redirect(`/admin/films/${id}?saved=1`);
}

export async function updateFilmAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  try {
    updateFilm(await currentActor(), Number(f.id), { ...filmFromForm(data), version: Number(f.version) });
  } catch (e) {
    return formError(e);
  }
  revalidatePath("/admin/films");
  redirect(`/admin/films/${Number(f.id)}?saved=1`);
}

export async function deleteFilmAction(_prev: FormState, data: FormData): Promise<FormState> {
  try {
    deleteFilm(await currentActor(), Number(formObject(data).id));
  } catch (e) {
    return formError(e);
  }
  redirect("/admin/films?deleted=1");
}

export async function createEditionAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  let slug: string;
  try {
    slug = createEdition(await currentActor(), {
      slug: f.slug,
      name: f.name,
      firstDay: f.firstDay,
      lastDay: f.lastDay,
      timeZone: f.timeZone,
      dayBreak: f.dayBreak || undefined,
    }).slug;
  } catch (e) {
    return formError(e);
  }
  redirect(`/admin/editions/${slug}`);
}

export async function updateEditionAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  let slug: string;
  try {
    slug = updateEdition(await currentActor(), f.currentSlug ?? "", {
      slug: f.slug,
      name: f.name,
      firstDay: f.firstDay,
      lastDay: f.lastDay,
      timeZone: f.timeZone,
      dayBreak: f.dayBreak,
      version: Number(f.version),
    }).slug;
  } catch (e) {
    return formError(e);
  }
  revalidatePath(`/admin/editions/${slug}`);
  if (slug !== f.currentSlug) redirect(`/admin/editions/${slug}`);
  return { ok: true, message: "Edition saved", fields: {} };
}

function venueFromForm(f: Record<string, string>) {
  return {
    name: f.name,
    capacity: f.capacity === "" ? null : Number(f.capacity),
    changeoverMinutes: f.changeoverMinutes === "" ? 0 : Number(f.changeoverMinutes),
  };
}

export async function createVenueAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  try {
    createVenue(await currentActor(), f.edition ?? "", venueFromForm(f));
  } catch (e) {
    return formError(e);
  }
  revalidatePath(`/admin/editions/${f.edition}`);
  return { ok: true, message: `Venue "${f.name}" added`, fields: {} };
}

export async function updateVenueAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  try {
    updateVenue(await currentActor(), f.edition ?? "", Number(f.id), { ...venueFromForm(f), version: Number(f.version) });
  } catch (e) {
    return formError(e);
  }
  revalidatePath(`/admin/editions/${f.edition}`);
  return { ok: true, message: `Venue "${f.name}" saved`, fields: {} };
}

export async function deleteVenueAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  try {
    deleteVenue(await currentActor(), f.edition ?? "", Number(f.id));
  } catch (e) {
    return formError(e);
  }
  revalidatePath(`/admin/editions/${f.edition}`);
  return { ok: true, message: "Venue deleted", fields: {} };
}

export async function publishAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  let version: number;
  try {
    version = publishRelease(await currentActor(), f.edition ?? "", { note: f.note }).version;
  } catch (e) {
    return formError(e);
  }
  revalidatePath(`/admin/editions/${f.edition}`);
  redirect(`/admin/editions/${f.edition}/publish?published=${version}`);
}
