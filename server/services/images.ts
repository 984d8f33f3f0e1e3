/**
 * Films' images and editions' logos: authorise, check and store the file (server/image-store.ts),
 * then set it on the record in one transaction with its audit entry. Removing an image or a logo
 * only clears the record: the files stay (a released page may still show them).
 */
import { z } from "zod";
import { getDb, transaction } from "@/db/client";
import { setEditionLogo } from "@/db/queries/editions";
import * as films from "@/db/queries/films";
import { displayTitle } from "@/lib/names";
import type { Edition, Film, FilmImage } from "@/lib/types";
import { audit } from "@/server/audit";
import { type Actor, authorise } from "@/server/auth";
import { notFound } from "@/server/errors";
import { storeFilmImage, storeLogo } from "@/server/image-store";
import { line, version } from "@/server/schema-fields";
import type { Upload } from "@/server/upload";
import { parse, refusePersonalData, stale } from "@/server/validate";
import { authoriseIn, requireEdition } from "./editions";

/** The upload's text fields (multipart parts or the query): other names are ignored. */
const altInput = z.object({
  alt: line(300).optional(),
  version: z.coerce.number({ error: "must be the film's version number" }).int().positive().optional(),
});
const altPatch = z.object({ alt: line(300), version }).strict();

function requireFilm(id: number): Film {
  const film = films.getFilm(getDb(), id);
  if (!film) throw notFound(`Film ${id}`);
  return film;
}

/** Sets the image of a film inside a transaction, with the version check and the audit entry. */
function saveFilmImage(actor: Actor, id: number, image: FilmImage | null, expected: number | undefined, action: string): Film {
  return transaction((db) => {
    const current = films.getFilm(db, id);
    if (!current) throw notFound(`Film ${id}`);
    if (expected !== undefined && expected !== current.version) throw stale("film", current);
    const updated = films.setFilmImage(db, id, image, current.version);
    if (!updated) throw stale("film", films.getFilm(db, id));
    const summary = `${displayTitle(updated)}: ${action}`;
    audit(db, actor, { entity: "film", entityId: id, action: "update", summary, before: current, after: updated });
    return updated;
  });
}

/** Call after authoriseFilmImage (the body is read in between). Alt text: the one sent, else the film's title. */
export async function uploadFilmImage(actor: Actor, id: number, upload: Upload): Promise<Film> {
  authorise(actor, "edit");
  const film = requireFilm(id);
  const { alt, version: expected } = parse(altInput, upload.text);
  refusePersonalData({ alt });
  const stored = await storeFilmImage(upload.bytes, "image");
  const image: FilmImage = { key: stored.key, width: stored.width, height: stored.height, alt: alt || displayTitle(film) };
  return saveFilmImage(actor, id, image, expected, "image uploaded");
}

/** An image already stored (server/image-store.ts storeFilmImage) set on a film: the demo's stills. */
export function attachStoredImage(actor: Actor, id: number, image: FilmImage): Film {
  authorise(actor, "edit");
  return saveFilmImage(actor, id, image, undefined, "image set");
}

/** New alt text for the film's image (empty: the film's title). 404 when the film has no image. */
export function setFilmImageAlt(actor: Actor, id: number, input: unknown): Film {
  authorise(actor, "edit");
  const { alt, version: expected } = parse(altPatch, input);
  refusePersonalData({ alt });
  const film = requireFilm(id);
  if (!film.image) throw notFound(`An image of film ${id}`, { image: "the film has no image" });
  return saveFilmImage(actor, id, { ...film.image, alt: alt || displayTitle(film) }, expected, "image's alt text changed");
}

export function removeFilmImage(actor: Actor, id: number): Film {
  authorise(actor, "edit");
  requireFilm(id);
  return saveFilmImage(actor, id, null, undefined, "image removed");
}

/** Before the body is read: 401/403/404. */
export function authoriseFilmImage(actor: Actor, id: number): void {
  authorise(actor, "edit");
  requireFilm(id);
}

/** Before the body is read: 401/404/403 (edition settings: admin). */
export function authoriseLogo(actor: Actor, slug: string): Edition {
  return authoriseIn(actor, slug, "admin");
}

function saveLogo(actor: Actor, slug: string, logo: Edition["logo"], action: string): Edition {
  return transaction((db) => {
    const current = requireEdition(db, slug);
    const updated = setEditionLogo(db, current.id, logo, current.version);
    if (!updated) throw stale("edition", requireEdition(db, slug));
    audit(db, actor, {
      entity: "edition",
      entityId: current.id,
      editionId: current.id,
      action: "update",
      summary: `${updated.name}: ${action}`,
      before: current,
      after: updated,
    });
    return updated;
  });
}

/** Sets a logo already stored (the demo festival's, drawn at start-up). */
export function attachStoredLogo(actor: Actor, slug: string, logo: NonNullable<Edition["logo"]>): Edition {
  authoriseLogo(actor, slug);
  return saveLogo(actor, slug, logo, "logo set");
}

export async function uploadLogo(actor: Actor, slug: string, upload: Upload): Promise<Edition> {
  authoriseLogo(actor, slug);
  const logo = await storeLogo(upload.bytes, "logo");
  return saveLogo(actor, slug, logo, "logo uploaded");
}

export function removeLogo(actor: Actor, slug: string): Edition {
  authoriseLogo(actor, slug);
  return saveLogo(actor, slug, null, "logo removed");
}
