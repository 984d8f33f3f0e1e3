/**
 * npm run export -- OUT_DIR [--edition slug] [--url http://host:port]
 *
 * Writes the released public site (day pages, grids, print sheets, venue and film
 * pages, changes, and the feeds) as static files any static host or CDN can serve, each text
 * file with pre-compressed .br and .gz copies. The files are made by the one producer,
 * server/services/site-export.ts (which the publish targets use too).
 * Links are rewritten to relative paths ending in index.html, so the export works
 * from a subfolder and even from file://. Pages are complete without JavaScript, so
 * Next's scripts are left out. Search and the filter form need a server and are not exported.
 *
 * Without --url it starts Lineup itself (production build, DATABASE_PATH as usual) on a free port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type SiteAddresses, type SiteContents, siteAddresses } from "@/lib/site-files";
import { produceFiles } from "@/server/services/site-export";
import { parseCli } from "./cli";
import { freePort } from "./free-port";

interface Args {
  out: string;
  editions: string[];
  url?: string;
}

function exportArgs(): Args {
  const {
    values,
    positionals: [out = ""],
  } = parseCli({
    usage: "npm run export -- OUT_DIR [--edition slug] [--url http://host:port]",
    about:
      "Writes the released public site (pages and feeds, with .br and .gz copies) as static files with relative links. Without --url it starts Lineup itself on a free port.",
    options: {
      edition: {
        type: "string",
        multiple: true,
        value: "SLUG",
        description: "export this edition (repeat for more; default: every published one)",
      },
      url: { type: "string", value: "URL", description: "read from a running Lineup at URL (e.g. http://127.0.0.1:3000)" },
    },
    positionals: { min: 1, max: 1 },
  });
  return { out, editions: values.edition ?? [], url: values.url };
}

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const root = path.resolve(__dirname, "..");
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("Lineup did not start");
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("Lineup did not answer within 5 minutes");
}

interface ScheduleJson {
  days: { date: string; screenings: { id: number; venue: { slug: string }; films: { url: string }[] }[] }[];
}

/** What an edition's release has, read from its public schedule (the server's own JSON). */
async function contentsFrom(base: string, slug: string): Promise<SiteContents> {
  const res = await fetch(`${base}/api/v1/editions/${encodeURIComponent(slug)}/schedule`);
  if (!res.ok) throw new Error(`edition "${slug}" has no release (${res.status})`);
  const s = (await res.json()) as ScheduleJson;
  const venues = new Set<string>();
  const films = new Set<string>();
  const screenings = new Set<number>();
  for (const d of s.days)
    for (const sc of d.screenings) {
      venues.add(sc.venue.slug);
      screenings.add(sc.id);
      for (const f of sc.films) films.add(new URL(f.url, base).pathname.split("/").pop() ?? "");
    }
  return {
    slug,
    days: s.days.map((d) => d.date),
    venueSlugs: [...venues],
    filmSegments: [...films].filter(Boolean),
    screeningIds: [...screenings],
  };
}

async function main() {
  const args = exportArgs();
  let server: ChildProcess | undefined;
  let base = args.url?.replace(/\/$/, "");
  if (!base) {
    const started = await startServer();
    base = started.url;
    server = started.child;
  }
  try {
    let editions = args.editions;
    if (editions.length === 0) {
      const home = await (await fetch(`${base}/`)).text();
      editions = [...new Set([...home.matchAll(/href="\/schedule\/([a-z0-9-]+)"/g)].flatMap(([, slug]) => (slug ? [slug] : [])))];
    }
    if (editions.length === 0) throw new Error("no published edition to export");
    const out = path.resolve(args.out);
    const addresses: SiteAddresses = { pages: [], files: [] };
    for (const slug of editions) {
      const a = siteAddresses(await contentsFrom(base, slug));
      addresses.pages.push(...a.pages);
      addresses.files.push(...a.files);
    }
    const from = base;
    const { files, missing } = await produceFiles({ fetch: (p) => fetch(`${from}${p}`), addresses, root: "/", extraPages: ["/"] });
    for (const f of files) {
      const file = path.join(out, ...f.path.split("/"));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, f.body);
      if (f.gz) fs.writeFileSync(`${file}.gz`, f.gz);
      if (f.br) fs.writeFileSync(`${file}.br`, f.br);
    }
    const count = (test: (p: string) => boolean) => files.filter((f) => test(f.path)).length;
    console.log(
      `exported ${editions.join(", ")}: ${count((p) => p.endsWith(".html"))} pages, ${count((p) => !p.endsWith(".html") && !p.startsWith("_next/"))} feeds, ${count((p) => p.startsWith("_next/"))} assets (each text file with .br and .gz copies) -> ${out}${missing.length ? ` (${missing.length} feeds not available)` : ""}`,
    );
  } finally {
    server?.kill("SIGTERM");
  }
}

if (require.main === module || process.argv[1]?.endsWith("export.ts")) {
  main().catch((e) => {
    console.error(`export failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
