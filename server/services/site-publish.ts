/**
 * Publishing each release's public site past this server (issue 14 §2): to a folder a web
 * server or CDN origin serves (LINEUP_PUBLISH_DIR, server/services/publish-dir.ts) and/or to
 * an S3 bucket (LINEUP_PUBLISH_S3_URL, server/services/publish-s3.ts).
 *
 * After a release is recorded, its site is produced once (server/services/site-export.ts) and
 * handed to each target. A target that fails does not fail the release: it is tried again
 * (after 1, 4 and 16 s by default), and its state (publishing, published, retrying, failed with
 * the error) is kept per edition and target in the database for the publish page. A newer
 * release of the edition supersedes one still being published or waiting for a retry.
 * `npm run publish-site -- --edition SLUG` runs the same thing by hand.
 */
import { getDb } from "@/db/client";
import { getEditionBySlug, listEditions } from "@/db/queries/editions";
import { latestReleaseVersion } from "@/db/queries/releases";
import {
  listSitePublications,
  type PublishState,
  type PublishTargetName,
  recordSitePublication,
  type SitePublication,
} from "@/db/queries/site-publications";
import type { Actor } from "@/server/auth";
import { authoriseIn } from "./editions";
import { getPublished } from "./public";
import { publishToDir } from "./publish-dir";
import { type Env, parseS3Url, publishToS3, s3ClientFromEnv } from "./publish-s3";
import { type Fetcher, frontListening, releaseSite, type Site, SupersededError, serverFetch } from "./site-export";

export interface PublishTarget {
  name: PublishTargetName;
  /** Where it publishes, for people: the folder or the s3:// address. */
  where: string;
  publish(site: Site): Promise<void>;
}

/** The targets the environment configures; a misconfigured one is a problem (one line), not a target. */
export function targetsFromEnv(env: Env = process.env): { targets: PublishTarget[]; problems: string[] } {
  const targets: PublishTarget[] = [];
  const problems: string[] = [];
  const dir = env.LINEUP_PUBLISH_DIR?.trim();
  if (dir) targets.push({ name: "dir", where: dir, publish: async (site) => void (await publishToDir(dir, site)) });
  const s3 = env.LINEUP_PUBLISH_S3_URL?.trim();
  if (s3) {
    const location = parseS3Url(s3);
    if (!location) problems.push(`LINEUP_PUBLISH_S3_URL must look like s3://bucket/prefix (got "${s3}")`);
    else {
      let client: ReturnType<typeof s3ClientFromEnv> | null = null;
      targets.push({
        name: "s3",
        where: s3,
        publish: async (site) => {
          client ??= s3ClientFromEnv(env);
          await publishToS3(client, location, site);
        },
      });
    }
  }
  return { targets, problems };
}

/** Waits before the n-th try (n >= 2): base, 4 x base, 16 x base. */
export function retryDelay(attempt: number, baseMs: number): number {
  return baseMs * 4 ** Math.max(0, attempt - 2);
}

export interface PublishOptions {
  targets: PublishTarget[];
  /** Where pages and feeds are read (default: this server). */
  fetch?: Fetcher;
  /** Tries per target (default 4). */
  attempts?: number;
  /** First wait between tries (LINEUP_PUBLISH_RETRY_MS, default 1000). */
  retryBaseMs?: number;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 500);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface EditionJob {
  running: Promise<void> | null;
  /** Set when a release arrived since the running job took its site. */
  again: boolean;
}

const g = globalThis as unknown as { __lineupSitePublish?: Map<string, EditionJob> };
const jobs = () => {
  g.__lineupSitePublish ??= new Map();
  return g.__lineupSitePublish;
};

function record(slug: string, target: PublishTarget, row: TargetState): void {
  const db = getDb();
  const edition = getEditionBySlug(db, slug);
  if (edition) recordSitePublication(db, edition.id, target.name, { ...row, location: target.where });
}

export interface TargetState {
  version: number;
  state: PublishState;
  attempts: number;
  error: string | null;
}

/**
 * One release's site to one target, tried up to `attempts` times with growing waits; each
 * state goes to `onState`. False when it gave up, or stopped because `superseded()` said so.
 */
export async function publishWithRetry(
  target: PublishTarget,
  site: Site,
  o: { attempts: number; retryBaseMs: number; onState: (s: TargetState) => void; superseded?: () => boolean },
): Promise<boolean> {
  for (let attempt = 1; attempt <= o.attempts; attempt++) {
    o.onState({ version: site.version, state: "publishing", attempts: attempt, error: null });
    try {
      await target.publish(site);
      o.onState({ version: site.version, state: "published", attempts: attempt, error: null });
      return true;
    } catch (e) {
      const last = attempt === o.attempts;
      console.error(
        `[lineup] publish ${site.slug} release ${site.version} to ${target.name} (${target.where}), try ${attempt}: ${message(e)}`,
      );
      o.onState({ version: site.version, state: last ? "failed" : "retrying", attempts: attempt, error: message(e) });
      if (last) return false;
      await sleep(retryDelay(attempt + 1, o.retryBaseMs));
      if (o.superseded?.()) return false; // a newer release is on its way: it publishes everything
    }
  }
  return false;
}

/**
 * Produces the edition's latest release as a site and publishes it to every target.
 * Resolves when every target is published or has given up; never throws for a target's failure.
 */
export async function publishSite(
  slug: string,
  o: PublishOptions,
  job: EditionJob | null = null,
): Promise<Map<PublishTargetName, boolean>> {
  const opts = { attempts: o.attempts ?? 4, retryBaseMs: o.retryBaseMs ?? retryBaseFromEnv() };
  const results = new Map<PublishTargetName, boolean>();
  if (o.targets.length === 0) return results;
  const version = getPublished(slug)?.version;
  if (version === undefined) return results;
  let site: Site | null = null;
  for (let attempt = 1; attempt <= opts.attempts && !site; attempt++) {
    try {
      site = await releaseSite(slug, o.fetch ?? serverFetch);
      if (!site) return results;
    } catch (e) {
      if (e instanceof SupersededError) return results; // the newer release's own run publishes it
      const last = attempt === opts.attempts;
      console.error(`[lineup] producing the public site of ${slug}, try ${attempt}: ${message(e)}`);
      for (const t of o.targets)
        record(slug, t, {
          version,
          state: last ? "failed" : "retrying",
          attempts: attempt,
          error: `producing the site: ${message(e)}`,
        });
      if (last) return results;
      await sleep(retryDelay(attempt + 1, opts.retryBaseMs));
      if (job?.again) return results;
    }
  }
  if (!site) return results;
  const done = await Promise.all(
    o.targets.map((t) =>
      publishWithRetry(t, site, { ...opts, onState: (row) => record(slug, t, row), superseded: () => job?.again === true }),
    ),
  );
  o.targets.forEach((t, i) => void results.set(t.name, done[i] ?? false));
  return results;
}

function retryBaseFromEnv(env: Env = process.env): number {
  const n = Number(env.LINEUP_PUBLISH_RETRY_MS);
  return Number.isFinite(n) && n >= 0 && env.LINEUP_PUBLISH_RETRY_MS !== "" && env.LINEUP_PUBLISH_RETRY_MS !== undefined ? n : 1000;
}

/**
 * After a release is recorded: publish the edition's site to the configured targets in the
 * background (the release does not wait, and does not fail with a target). One run per edition
 * at a time; releases that arrive meanwhile are published once the run ends (the latest only).
 */
export function publishSiteLater(slug: string, version: number, env: Env = process.env): void {
  const { targets } = targetsFromEnv(env);
  if (targets.length === 0) return;
  const map = jobs();
  const job = map.get(slug) ?? { running: null, again: false };
  map.set(slug, job);
  if (job.running) {
    job.again = true;
    for (const t of targets) record(slug, t, { version, state: "publishing", attempts: 0, error: null });
    return;
  }
  const run = async () => {
    do {
      job.again = false;
      try {
        await publishSite(slug, { targets }, job);
      } catch (e) {
        console.error(`[lineup] publishing the public site of ${slug}: ${message(e)}`);
      }
    } while (job.again);
    job.running = null;
  };
  for (const t of targets) record(slug, t, { version, state: "publishing", attempts: 0, error: null });
  job.running = new Promise((r) => setImmediate(r)).then(run);
}

export interface TargetStatus extends Omit<SitePublication, "state" | "updatedAt" | "location"> {
  /** null: configured, nothing published there yet. */
  state: SitePublication["state"] | null;
  updatedAt: Date | null;
  where: string;
  /** false: a record of a folder or bucket no longer configured. */
  configured: boolean;
}

/** Each configured target's state for the edition (and any target that has a record but is no longer configured). */
export function sitePublicationStatus(actor: Actor, slug: string, env: Env = process.env): TargetStatus[] {
  const edition = authoriseIn(actor, slug, "read");
  const rows = listSitePublications(getDb(), edition.id);
  const { targets } = targetsFromEnv(env);
  const out: TargetStatus[] = targets.map((t) => {
    const row = rows.find((r) => r.target === t.name && r.location === t.where);
    return {
      target: t.name,
      where: t.where,
      configured: true,
      version: row?.version ?? 0,
      state: row?.state ?? null,
      attempts: row?.attempts ?? 0,
      error: row?.error ?? null,
      publishedVersion: row?.publishedVersion ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
  for (const { location, ...r } of rows)
    if (!targets.some((t) => t.name === r.target && t.where === location)) out.push({ ...r, where: location, configured: false });
  return out;
}

/**
 * When the server starts: every edition whose latest release a configured target has not
 * received whole (a restart during a retry, a target configured since) is published there,
 * once the front listens (the site is read from the server itself).
 */
export function resumeSitePublications(env: Env = process.env): void {
  const { targets, problems } = targetsFromEnv(env);
  for (const p of problems) console.warn(`[lineup] warning: ${p}`);
  if (targets.length === 0) return;
  const db = getDb();
  const due: { slug: string; version: number }[] = [];
  for (const e of listEditions(db)) {
    const version = latestReleaseVersion(db, e.id);
    if (version === 0) continue;
    const rows = listSitePublications(db, e.id);
    const received = (t: PublishTarget) => rows.find((r) => r.target === t.name && r.location === t.where)?.publishedVersion;
    if (targets.some((t) => received(t) !== version)) due.push({ slug: e.slug, version });
  }
  if (due.length === 0) return;
  const started = Date.now();
  const wait = setInterval(() => {
    // npm start's front registers its address once it listens; without the front (next dev), PORT after a minute.
    if (!frontListening() && Date.now() - started < 60_000) return;
    clearInterval(wait);
    for (const d of due) publishSiteLater(d.slug, d.version, env);
  }, 200);
  wait.unref();
}
