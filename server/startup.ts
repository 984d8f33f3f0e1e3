/**
 * What happens when a Lineup server process starts (instrumentation.ts):
 * open and migrate the database, make sure an admin exists, seed the demo
 * festival on an empty database unless LINEUP_DEMO=0.
 */
import { connection, getDb } from "@/db/client";
import { countEditions } from "@/db/queries/editions";
import { firstAdmin } from "@/db/queries/users";
import { DEMO_SLUG, seedDemo } from "./demo";
import { ensureAdmin } from "./services/accounts";

export async function startUp(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { path } = connection();
  await ensureAdmin(env);
  const db = getDb();
  if (env.LINEUP_DEMO !== "0" && countEditions(db) === 0) {
    seedDemo(firstAdmin(db));
    console.log(`[lineup] seeded the demo festival: /schedule/${DEMO_SLUG}`);
  }
  console.log(`[lineup] database ${path} ready`);
}
