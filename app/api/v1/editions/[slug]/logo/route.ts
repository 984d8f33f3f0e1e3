import { LOGO_MAX_BYTES } from "@/lib/images";
import { actorOf, json, route } from "@/server/http";
import { authoriseLogo, removeLogo, uploadLogo } from "@/server/services/images";
import { readUpload } from "@/server/upload";

type Ctx = { params: Promise<{ slug: string }> };

/**
 * PUT /api/v1/editions/{slug}/logo (admin): the festival's logo, SVG (sanitised) or PNG by
 * content, at most 2 MB, as the raw body or multipart/form-data (`logo`). 200 with the edition.
 */
export const PUT = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  authoriseLogo(actor, slug);
  return json(await uploadLogo(actor, slug, await readUpload(req, "logo", LOGO_MAX_BYTES)));
});

/** DELETE: the edition shows its name alone. 200 with the edition. */
export const DELETE = route(async (req, { params }: Ctx) => json(removeLogo(actorOf(req), (await params).slug)));
