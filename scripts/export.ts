/**
 * npm run export -- OUT_DIR [--edition slug] [--url http://host:port]
 *
 * Writes the released public site (day pages, grids, print sheets, venue and film
 * pages, changes, and the feeds) as static files any static host or CDN can serve.
 * Links are rewritten to relative paths ending in index.html, so the export works
 * from a subfolder and even from file://. Pages are complete without JavaScript, so
 * Next's scripts are left out. Search and the filter form need a server and are not exported.
 *
 * Without --url it starts Lineup itself (production build, DATABASE_PATH as usual) on a free port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
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
      "Writes the released public site (pages and feeds) as static files with relative links. Without --url it starts Lineup itself on a free port.",
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

/** The public URLs of one edition: pages (saved as dir/index.html) and files (saved as they are). */
async function urlsOf(base: string, slug: string): Promise<{ pages: string[]; files: string[] }> {
  const res = await fetch(`${base}/api/v1/editions/${encodeURIComponent(slug)}/schedule`);
  if (!res.ok) throw new Error(`edition "${slug}" has no release (${res.status})`);
  const s: ScheduleJson = await res.json();
  const root = `/schedule/${slug}`;
  const pages = new Set([root, `${root}/changes`]);
  const files = new Set([`${root}/schedule.ics`, `${root}/schedule.xml`, `${root}/schedule.json`, `${root}/schedule.csv`]);
  for (const d of s.days) {
    for (const p of ["", "/grid", "/print"]) pages.add(`${root}/${d.date}${p}`);
    for (const sc of d.screenings) {
      pages.add(`${root}/venues/${sc.venue.slug}`);
      files.add(`${root}/venues/${sc.venue.slug}.ics`);
      files.add(`${root}/screenings/${sc.id}.ics`);
      for (const f of sc.films) {
        const p = new URL(f.url, base).pathname;
        pages.add(p);
        files.add(`${p}.ics`);
      }
    }
  }
  return { pages: [...pages], files: [...files] };
}

const fileOfPage = (p: string) => (p === "/" ? "index.html" : `${p.replace(/^\//, "")}/index.html`);

/** A link from the page at `from` (a file path in the export) to `to` (a file path in the export). */
function relative(fromFile: string, toFile: string): string {
  const r = path.posix.relative(path.posix.dirname(fromFile), toFile);
  return r === "" ? "./" : r;
}

export function rewriteHtml(html: string, fromFile: string, pages: Set<string>, files: Set<string>): string {
  const exported = (target: string) => {
    const [pathname = ""] = target.split(/[#?]/);
    return pages.has(pathname) || pathname === "/" || files.has(pathname) || pathname.startsWith("/_next/static/");
  };
  return (
    html
      // Forms and links to server-only addresses (search, filters, sign-in) cannot work on a static host.
      .replace(/<form\b[^>]*action="(\/[^"]*)"[^>]*>[\s\S]*?<\/form>/gi, (all, action: string) => (exported(action) ? all : ""))
      .replace(/<a\b[^>]*href="(\/[^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (all, href: string, text: string) =>
        exported(href) || text.includes("<a") ? all : `<span>${text}</span>`,
      )
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
      .replace(/<link\b[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*>/gi, "")
      .replace(/<link\b[^>]*as="script"[^>]*rel="(?:preload|modulepreload)"[^>]*>/gi, "")
      .replace(/\b(href|src|action)="(\/[^"]*)"/g, (all, attr: string, target: string) => {
        const [pathPart = "", hash = ""] = target.split("#");
        const [withoutQuery = ""] = pathPart.split("?");
        const pathname = withoutQuery.replace(/&amp;.*$/, "");
        const suffix = hash ? `#${hash}` : "";
        if (pages.has(pathname) || pathname === "/") return `${attr}="${relative(fromFile, fileOfPage(pathname))}${suffix}"`;
        if (files.has(pathname) || pathname.startsWith("/_next/static/"))
          return `${attr}="${relative(fromFile, pathname.slice(1))}${suffix}"`;
        return all; // a server-only address (search, sign-in): left absolute
      })
  );
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
    const pages = new Set<string>(["/"]);
    const files = new Set<string>();
    for (const slug of editions) {
      const u = await urlsOf(base, slug);
      for (const p of u.pages) pages.add(p);
      for (const f of u.files) files.add(f);
    }
    const assets = new Set<string>();
    const saved: string[] = [];
    const write = (rel: string, body: string | Uint8Array) => {
      const file = path.join(out, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, body);
      saved.push(rel);
    };
    for (const p of pages) {
      const res = await fetch(`${base}${p}`);
      if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
      const html = await res.text();
      for (const [, asset] of html.matchAll(/(?:href|src)="(\/_next\/static\/[^"?#]+\.(?:css|woff2?|png|svg|ico))"/g))
        if (asset) assets.add(asset);
      write(fileOfPage(p), rewriteHtml(html, fileOfPage(p), pages, files));
    }
    let missingFeeds = 0;
    for (const f of files) {
      const res = await fetch(`${base}${f}`);
      if (res.status === 404) {
        missingFeeds++;
        continue;
      }
      if (!res.ok) throw new Error(`${f}: HTTP ${res.status}`);
      write(f.slice(1), new Uint8Array(await res.arrayBuffer()));
    }
    for (const a of assets) {
      const res = await fetch(`${base}${a}`);
      if (!res.ok) continue;
      let body: string | Uint8Array = new Uint8Array(await res.arrayBuffer());
      if (a.endsWith(".css")) {
        const css = Buffer.from(body).toString("utf8");
        for (const [, asset] of css.matchAll(/url\((\/_next\/static\/[^)"']+)\)/g)) if (asset) assets.add(asset);
        body = css.replace(/url\((\/_next\/static\/[^)"']+)\)/g, (_all, u: string) => `url(${relative(a.slice(1), u.slice(1))})`);
      }
      write(a.slice(1), body);
    }
    console.log(
      `exported ${editions.join(", ")}: ${pages.size} pages, ${files.size - missingFeeds} feeds, ${assets.size} assets -> ${out}${missingFeeds ? ` (${missingFeeds} feeds not available)` : ""}`,
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
