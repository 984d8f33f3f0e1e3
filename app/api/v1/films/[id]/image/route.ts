import { FILM_IMAGE_MAX_BYTES } from "@/lib/images";
import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { authoriseFilmImage, removeFilmImage, setFilmImageAlt, uploadFilmImage } from "@/server/services/images";
import { readUpload } from "@/server/upload";

type Ctx = { params: Promise<{ id: string }> };

/**
 * PUT /api/v1/films/{id}/image (programmer): the film's poster or still, as the raw body (`?alt=`)
 * or multipart/form-data (`image` file, `alt`). JPEG, PNG or WebP by content, at most 10 MB.
 * 200 with the film (its `image`: key, width, height, alt).
 */
export const PUT = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const id = idParam((await params).id, "Film");
  authoriseFilmImage(actor, id);
  return json(await uploadFilmImage(actor, id, await readUpload(req, "image", FILM_IMAGE_MAX_BYTES)));
});

/** PATCH {alt, version?}: the image's alt text (empty: the film's title). */
export const PATCH = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const id = idParam((await params).id, "Film");
  authoriseFilmImage(actor, id);
  return json(setFilmImageAlt(actor, id, await readJson(req)));
});

/** DELETE: the film shows no image (the stored files stay: a released page may show them). 200 with the film. */
export const DELETE = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  return json(removeFilmImage(actor, idParam((await params).id, "Film")));
});
