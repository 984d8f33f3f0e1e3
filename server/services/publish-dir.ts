/**
 * LINEUP_PUBLISH_DIR: each release of an edition is written whole into
 * `{dir}/{edition}/releases/{version}/` (into a temporary folder first, every file and folder
 * fsynced, then renamed), and only then `{dir}/{edition}/current` is repointed: a new symlink
 * made beside it and renamed over it (rename(2) is atomic). A web server reading
 * `{dir}/{edition}/current/...` (deploy/nginx.conf) sees the old release or the new one,
 * never half of one. Earlier release folders are not touched.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Site } from "./site-export";

/** Written last into a release folder: which release it holds (a folder without it is not finished). */
export const RELEASE_MARKER = ".lineup-release.json";

async function fsyncPath(p: string): Promise<void> {
  const handle = await fs.open(p, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeSynced(file: string, body: Uint8Array): Promise<void> {
  const handle = await fs.open(file, "w");
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface Marker {
  slug: string;
  version: number;
  publishedAt: string;
}

async function readMarker(folder: string): Promise<Marker | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(folder, RELEASE_MARKER), "utf8")) as Marker;
  } catch {
    return null;
  }
}

const token = () => randomBytes(6).toString("hex");

/** Writes the site's files (and their .br/.gz copies) into `folder`, fsyncing each file and folder. */
async function writeTree(folder: string, site: Site): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  const dirs = new Set<string>([folder]);
  for (const f of site.files) {
    const file = path.join(folder, ...f.path.split("/"));
    if (!file.startsWith(folder + path.sep)) throw new Error(`refusing to write outside the release folder: ${f.path}`);
    const dir = path.dirname(file);
    if (!dirs.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      for (let d = dir; d.startsWith(folder) && !dirs.has(d); d = path.dirname(d)) dirs.add(d);
    }
    await writeSynced(file, f.body);
    if (f.gz) await writeSynced(`${file}.gz`, f.gz);
    if (f.br) await writeSynced(`${file}.br`, f.br);
  }
  const marker: Marker = { slug: site.slug, version: site.version, publishedAt: site.publishedAt.toISOString() };
  await writeSynced(path.join(folder, RELEASE_MARKER), Buffer.from(`${JSON.stringify(marker)}\n`));
  // Deepest first, so that every folder's entries are on disk before the folder that names it.
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) await fsyncPath(d);
}

/**
 * Publishes the site into `{root}/{slug}/releases/{version}/` and repoints `{root}/{slug}/current`.
 * A release folder that already holds this very release (same publication time) is reused as it is.
 */
export async function publishToDir(root: string, site: Site): Promise<{ folder: string }> {
  const editionDir = path.join(path.resolve(root), site.slug);
  const releases = path.join(editionDir, "releases");
  await fs.mkdir(releases, { recursive: true });
  const folder = path.join(releases, String(site.version));
  const existing = await readMarker(folder);
  const same = existing?.version === site.version && existing.publishedAt === site.publishedAt.toISOString();
  if (!same) {
    const temp = path.join(releases, `.tmp-${site.version}-${token()}`);
    try {
      await writeTree(temp, site);
      // A folder of this number from another database (or an unfinished one) is moved aside, then removed.
      let aside: string | null = null;
      try {
        await fs.access(folder);
        aside = path.join(releases, `.old-${site.version}-${token()}`);
        await fs.rename(folder, aside);
      } catch {
        /* no folder of that number yet */
      }
      await fs.rename(temp, folder);
      if (aside) await fs.rm(aside, { recursive: true, force: true });
    } finally {
      await fs.rm(temp, { recursive: true, force: true });
    }
    await fsyncPath(releases);
  }
  const link = path.join(editionDir, "current");
  const next = path.join(editionDir, `.current-${token()}`);
  await fs.symlink(path.join("releases", String(site.version)), next);
  try {
    await fs.rename(next, link);
  } catch (e) {
    await fs.rm(next, { force: true });
    throw e;
  }
  await fsyncPath(editionDir);
  return { folder };
}
