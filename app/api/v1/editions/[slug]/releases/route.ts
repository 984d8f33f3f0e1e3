import { toZonedIso } from "@/lib/festival-time";
import { actorOf, json, readJson, route } from "@/server/http";
import { editionTimeZone, listReleases, publishRelease } from "@/server/services/releases";

type Ctx = { params: Promise<{ slug: string }> };

/** Public: every release's number, date (in the edition's offset), note and changelog, newest first. */
export const GET = route(async (_req, { params }: Ctx) => {
  const { slug } = await params;
  const releases = listReleases(slug);
  const tz = editionTimeZone(slug);
  return json({ releases: releases.map((r) => ({ ...r, publishedAt: toZonedIso(r.publishedAt, tz) })) });
});

/** Publishes: 201 `{version, publishedAt, changes}`; 409 `blocking_conflicts` with the conflicts. */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const r = publishRelease(actor, (await params).slug, await readJson(req));
  return json(
    { version: r.version, publishedAt: toZonedIso(r.publishedAt, r.snapshot.edition.timeZone), note: r.note, changes: r.changes },
    201,
  );
});
