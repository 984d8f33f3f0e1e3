import { toZonedIso } from "@/lib/festival-time";
import { actorOf, json, readJson, route } from "@/server/http";
import { authoriseIn } from "@/server/services/editions";
import { editionTimeZone, listReleases, publishAndServe, releaseAnswer } from "@/server/services/releases";

type Ctx = { params: Promise<{ slug: string }> };

/**
 * Public: every release's number, date (in the edition's offset), note and changelog, newest first.
 * 404 for the public before the first release, as for an unknown slug.
 */
export const GET = route(async (req, { params }: Ctx) => {
  const { slug } = await params;
  const releases = listReleases(slug, actorOf(req));
  const tz = editionTimeZone(slug);
  return json({ releases: releases.map((r) => ({ ...r, publishedAt: toZonedIso(r.publishedAt, tz) })) });
});

/** Publishes: 201 `{version, kind, publishedAt, note, changes}` once the release's public site is served (the next GET has it); 409 `blocking_conflicts` with the conflicts. */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  authoriseIn(actor, slug, "publish");
  const r = await publishAndServe(actor, slug, await readJson(req));
  return json(releaseAnswer(r), 201);
});
