import { IMAGE_KEY, MEDIA_TYPES, parseFilmImageFile } from "@/lib/images";
import { IMMUTABLE } from "@/lib/site-files";
import { readFilmImage } from "@/server/image-store";

type Ctx = { params: Promise<{ key: string; file: string }> };

/** GET /media/films/{key}/{width}.webp|avif: one size of a film's image, public and immutable (the key is its content's hash). */
export async function GET(_req: Request, { params }: Ctx): Promise<Response> {
  const { key, file } = await params;
  const size = parseFilmImageFile(file);
  const body = size && IMAGE_KEY.test(key) ? readFilmImage(key, size.width, size.format) : null;
  if (!size || !body) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": MEDIA_TYPES[size.format],
      "content-length": String(body.byteLength),
      "cache-control": IMMUTABLE,
    },
  });
}
