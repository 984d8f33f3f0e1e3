/** The HTTP side of the public feeds: caching headers and 304s around server/services/feeds. */
import { isNotModified } from "@/lib/feeds/headers";
import { route } from "@/server/http";
import { requestLocale } from "@/server/i18n-page";
import { type FeedKind, getFeed, publicBaseUrl } from "@/server/services/feeds";

const FEED_CACHE_CONTROL = "public, max-age=60";

export async function serveFeed(req: Request, slug: string, kind: FeedKind, key?: string): Promise<Response> {
  const feed = getFeed(slug, { kind, key, baseUrl: publicBaseUrl(), locale: await requestLocale() });
  const headers: Record<string, string> = {
    etag: feed.etag,
    "last-modified": feed.lastModified.toUTCString(),
    "cache-control": FEED_CACHE_CONTROL,
  };
  if (isNotModified(req.headers, feed.etag, feed.lastModified)) return new Response(null, { status: 304, headers });
  headers["content-type"] = feed.contentType;
  if (feed.contentDisposition) headers["content-disposition"] = feed.contentDisposition;
  return new Response(feed.body, { status: 200, headers });
}

type EditionCtx = { params: Promise<{ edition: string }> };

/** A GET handler for a whole-edition feed (schedule.ics, .xml, .json, .csv). */
export function editionFeed(kind: FeedKind) {
  return route(async (req: Request, { params }: EditionCtx) => serveFeed(req, (await params).edition, kind));
}
