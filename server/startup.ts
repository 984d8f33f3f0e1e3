/**
 * What happens when a Lineup server process starts (instrumentation.ts):
 * open and migrate the database, make sure an admin exists, seed the demo
 * festival on an empty database unless LINEUP_DEMO=0; say (one line each) what is wrong
 * with the site's address settings (LINEUP_PUBLIC_URL, LINEUP_ALLOWED_ORIGINS).
 */
import { connection, getDb } from "@/db/client";
import { countEditions } from "@/db/queries/editions";
import { firstAdmin } from "@/db/queries/users";
import { publicUrlWarning, siteConfig } from "@/lib/http/site";
import { DEMO_SLUG, seedDemo } from "./demo";
import { demoFilmImages, demoLogo } from "./demo-images";
import { ensureAdmin } from "./services/accounts";
import { resumeSitePublications } from "./services/site-publish";

export async function startUp(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  for (const problem of siteConfig(env).problems) console.warn(`[lineup] warning: ${problem}`);
  const noPublicUrl = publicUrlWarning(env);
  if (noPublicUrl) console.warn(`[lineup] warning: ${noPublicUrl}`);
  const { path } = connection();
  await ensureAdmin(env);
  const db = getDb();
  if (env.LINEUP_DEMO !== "0" && countEditions(db) === 0) {
    seedDemo(firstAdmin(db), await demoFilmImages(), await demoLogo());
    console.log(`[lineup] seeded the demo festival: /schedule/${DEMO_SLUG}`);
  }
  console.log(`[lineup] database ${path} ready`);
  // Releases a publish target (LINEUP_PUBLISH_DIR, LINEUP_PUBLISH_S3_URL) has not received whole yet.
  resumeSitePublications(env);
}
