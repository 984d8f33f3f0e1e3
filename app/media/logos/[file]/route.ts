import { MEDIA_TYPES, parseLogoFile } from "@/lib/images";
import { IMMUTABLE } from "@/lib/site-files";
import { readLogo } from "@/server/image-store";

type Ctx = { params: Promise<{ file: string }> };

/** Opened on its own, a logo may run nothing and load nothing (inline styles only). */
const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** GET /media/logos/{key}.svg|png: an edition's logo, public and immutable (the key is its content's hash). */
export async function GET(_req: Request, { params }: Ctx): Promise<Response> {
  const logo = parseLogoFile((await params).file);
  const body = logo ? readLogo(logo) : null;
  if (!logo || !body) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": MEDIA_TYPES[logo.type],
      "content-length": String(body.byteLength),
      "cache-control": IMMUTABLE,
      "content-security-policy": LOGO_CSP,
      "x-content-type-options": "nosniff",
    },
  });
}
