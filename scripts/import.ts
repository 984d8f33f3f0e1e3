/**
 * npm run import -- FILE [--dry-run] [--database FILE]
 *
 * Imports an archive page, HTML file or spreadsheet (CSV/TSV) into the catalogue of the
 * database at DATABASE_PATH (default data/lineup.db), through the same service as the
 * web importer: preview first; without --dry-run, one all-or-nothing transaction.
 * Prints the summary: entries, new, same as existing, duplicates, flagged.
 */
import fs from "node:fs";
import path from "node:path";
import { parseCli } from "./cli";

async function main() {
  const {
    values,
    positionals: [file = ""],
  } = parseCli({
    usage: "npm run import -- FILE [--dry-run] [--database FILE]",
    about:
      "Imports an archive page, HTML file or spreadsheet (CSV/TSV) into the catalogue, through the same service as the web importer (all or nothing).",
    options: {
      "dry-run": { type: "boolean", description: "show what would be imported (new, same, duplicates, flagged); write nothing" },
      database: { type: "string", value: "FILE", description: "the database file (default: DATABASE_PATH, else data/lineup.db)" },
    },
    positionals: { min: 1, max: 1 },
  });
  const dryRun = values["dry-run"] === true;
  if (values.database) process.env.DATABASE_PATH = values.database;
  if (!fs.existsSync(file)) {
    console.error(`import: ${file}: no such file`);
    process.exit(2);
  }
  const { getDb, closeAll } = await import("@/db/client");
  const { firstAdmin } = await import("@/db/queries/users");
  const { ServiceError } = await import("@/server/errors");
  const { commitImport, previewImport } = await import("@/server/services/catalogue-import");
  const { ensureAdmin } = await import("@/server/services/accounts");
  // A fresh database gets its admin as the server would create it (LINEUP_ADMIN_* or admin@localhost).
  if (!firstAdmin(getDb())) await ensureAdmin(process.env);
  const admin = firstAdmin(getDb());
  if (!admin) {
    console.error("import: no admin user in this database");
    process.exit(2);
  }
  const bytes = new Uint8Array(fs.readFileSync(file));
  const fileName = path.basename(file);
  try {
    // In-process: every entry (the HTTP API pages them).
    const page = { offset: 0, limit: Number.POSITIVE_INFINITY };
    const result = dryRun ? previewImport(admin, bytes, { fileName, page }) : commitImport(admin, bytes, { fileName, page });
    const s = result.summary;
    for (const w of result.warnings) console.log(`warning: ${w}`);
    for (const e of result.entries.filter((x) => x.film.flags.length > 0 || x.action !== "new"))
      console.log(
        `  #${e.index + 1} ${e.displayTitle} (lines ${e.sourceLines.from}-${e.sourceLines.to}): ${e.action}${e.filmId ? ` of film ${e.filmId}` : ""}${e.film.flags.length ? ` [${e.film.flags.join(", ")}]` : ""}`,
      );
    console.log(
      `${dryRun ? "dry run, nothing written" : "imported"}: ${s.entries} entries (${result.format}, ${result.encoding}), ${s.new} new, ${s.same} same as existing, ${s.duplicates} duplicates, ${s.flagged} flagged` +
        (dryRun
          ? ""
          : `; ${(result as ReturnType<typeof commitImport>).summary.created} films created, ${(result as ReturnType<typeof commitImport>).summary.merged} merged`),
    );
  } catch (e) {
    if (e instanceof ServiceError) {
      console.error(`import refused: ${e.message}`);
      process.exit(1);
    }
    throw e;
  } finally {
    closeAll();
  }
}

void main();
