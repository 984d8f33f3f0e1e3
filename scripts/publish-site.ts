/**
 * npm run publish-site -- --edition SLUG [--url http://127.0.0.1:3000]
 *
 * Publishes the edition's latest release to the configured targets (LINEUP_PUBLISH_DIR,
 * LINEUP_PUBLISH_S3_URL), as Lineup does by itself after each release: the same producer
 * (server/services/site-export.ts), the same retries, the same states on the publish page.
 * Pages and feeds are read from the running Lineup at --url (default http://127.0.0.1:$PORT,
 * PORT defaulting to 3000), which must use the same database (DATABASE_PATH).
 */
import { parseArgs } from "node:util";
import { getDb } from "@/db/client";
import { getEditionBySlug } from "@/db/queries/editions";
import { latestReleaseVersion } from "@/db/queries/releases";
import { publishSite, targetsFromEnv } from "@/server/services/site-publish";

const USAGE = `usage: npm run publish-site -- --edition SLUG [--url http://127.0.0.1:3000]

Publishes the edition's latest release to LINEUP_PUBLISH_DIR and/or LINEUP_PUBLISH_S3_URL
(with the standard AWS_* variables; AWS_ENDPOINT_URL for an S3-compatible store), reading its
pages from the running Lineup at --url, which must use this DATABASE_PATH.`;

async function main(): Promise<number> {
  let values: { edition?: string; url?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { edition: { type: "string" }, url: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
    }));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const slug = values.edition;
  if (!slug) {
    console.error(`--edition is required\n${USAGE}`);
    return 2;
  }
  const { targets, problems } = targetsFromEnv();
  for (const p of problems) console.error(p);
  if (targets.length === 0) {
    console.error("nothing to publish to: set LINEUP_PUBLISH_DIR=/path and/or LINEUP_PUBLISH_S3_URL=s3://bucket/prefix");
    return 2;
  }
  const edition = getEditionBySlug(getDb(), slug);
  const version = edition ? latestReleaseVersion(getDb(), edition.id) : 0;
  if (!edition || version === 0) {
    console.error(`edition "${slug}" has no release in ${process.env.DATABASE_PATH ?? "data/lineup.db"}`);
    return 1;
  }
  const base = (values.url ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`).replace(/\/+$/, "");
  try {
    await fetch(`${base}/api/health`);
  } catch {
    console.error(`no Lineup answers at ${base}: start it (npm start) or pass --url`);
    return 1;
  }
  const results = await publishSite(slug, { targets, fetch: (p) => fetch(`${base}${p}`, { redirect: "manual" }) });
  let failed = targets.length - results.size;
  if (results.size === 0)
    console.error(`release ${version} of ${slug} was not published: the server at ${base} shows another release (same DATABASE_PATH?)`);
  for (const t of targets) {
    const ok = results.get(t.name);
    if (ok === undefined) continue;
    if (!ok) failed++;
    console.log(`${t.name} ${t.where}: ${ok ? `release ${version} published` : "failed (see above)"}`);
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`publish-site failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
