import { actorOf, json, readJson, route } from "@/server/http";
import { listReleases, publishRelease } from "@/server/services/releases";

type Ctx = { params: Promise<{ slug: string }> };

/** Public: every release's number, date, note and changelog, newest first. */
export const GET = route(async (_req, { params }: Ctx) => {
  const releases = listReleases((await params).slug);
  return json({ releases: releases.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() })) });
});

/** Publishes: 201 `{version, publishedAt, changes}`; 409 `blocking_conflicts` with the conflicts. */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const r = publishRelease(actor, (await params).slug, await readJson(req));
  return json({ version: r.version, publishedAt: r.publishedAt.toISOString(), note: r.note, changes: r.changes }, 201);
});
