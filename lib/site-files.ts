/**
 * The released public site as static files (issue 14 §2): which addresses an edition's site
 * has, where each one is written, how its links are rewritten to relative paths (so the site
 * works from any folder, a CDN or file://), and how each file is typed and cached.
 * Pure: server/services/site-export.ts fetches and compresses, the publish targets write.
 */
import path from "node:path";

/** What an edition's release has, as the addresses need it. */
export interface SiteContents {
  slug: string;
  /** Festival days, yyyy-mm-dd. */
  days: string[];
  venueSlugs: string[];
  /** Film URL segments ("12-matewan"). */
  filmSegments: string[];
  screeningIds: number[];
  /** The edition's languages besides its default (issue 17 §3): the same site again under /{locale}, saved in a {locale}/ folder. */
  languages?: string[];
}

/** The addresses of an edition's public site: pages (saved as dir/index.html) and files (feeds, saved as they are). */
export interface SiteAddresses {
  pages: string[];
  files: string[];
}

export function siteAddresses(c: SiteContents): SiteAddresses {
  const root = `/schedule/${c.slug}`;
  const pages = new Set([root, `${root}/changes`]);
  const files = new Set([`${root}/schedule.ics`, `${root}/schedule.xml`, `${root}/schedule.json`, `${root}/schedule.csv`]);
  for (const d of c.days) for (const p of ["", "/grid", "/print"]) pages.add(`${root}/${d}${p}`);
  for (const v of c.venueSlugs) {
    pages.add(`${root}/venues/${v}`);
    files.add(`${root}/venues/${v}.ics`);
  }
  for (const f of c.filmSegments) {
    pages.add(`${root}/films/${f}`);
    files.add(`${root}/films/${f}.ics`);
  }
  for (const id of c.screeningIds) files.add(`${root}/screenings/${id}.ics`);
  const prefixed = (list: Set<string>) => (c.languages ?? []).flatMap((l) => [...list].map((a) => `/${l}${a}`));
  return { pages: [...pages, ...prefixed(pages)], files: [...files, ...prefixed(files)] };
}

export type FeedAddressKind = "ics" | "xml" | "json" | "csv" | "venue-ics" | "film-ics" | "screening-ics";

const FEED =
  /^(?:\/([a-z]{2,3}(?:-[a-z0-9]{2,8})?))?\/schedule\/([^/]+)\/(?:schedule\.(ics|xml|json|csv)|venues\/([^/]+)\.ics|films\/([^/]+)\.ics|screenings\/([^/]+)\.ics)$/;

/** The feed an address is (as the app's routes and rewrites serve them), or null for anything else. */
export function feedAddress(pathname: string): { slug: string; kind: FeedAddressKind; key?: string; locale?: string } | null {
  const m = FEED.exec(pathname);
  if (!m) return null;
  const [, prefix, slug = "", whole, venue, film, screening] = m;
  const locale = prefix ? { locale: prefix } : {};
  if (whole === "ics" || whole === "xml" || whole === "json" || whole === "csv") return { slug, kind: whole, ...locale };
  if (venue) return { slug, kind: "venue-ics", key: venue, ...locale };
  if (film) return { slug, kind: "film-ics", key: film, ...locale };
  if (screening) return { slug, kind: "screening-ics", key: screening, ...locale };
  return null;
}

/** Next's build assets (content-hashed names) and uploaded images (named by content too): the only addresses outside an edition that a site file links to. */
const ASSET_PREFIXES = ["/_next/static/", "/media/"];

/**
 * Where a site's addresses are written. `root` is the address that becomes the site's top
 * folder: "/" keeps the whole address (schedule/{slug}/...), "/schedule/{slug}" makes the
 * edition's index the site's own index.html. Next's assets always go to _next/static/.
 */
export class SiteLayout {
  private readonly pages: Set<string>;
  private readonly files: Set<string>;
  private readonly root: string;
  /** The languages whose pages are under /{locale}{root}: saved in a {locale}/ folder of the site. */
  private readonly languages = new Set<string>();

  constructor(root: string, addresses: SiteAddresses) {
    this.root = root.replace(/\/+$/, "");
    this.pages = new Set(addresses.pages);
    this.files = new Set(addresses.files);
    for (const p of addresses.pages) {
      const l = /^\/([^/]+)(\/schedule\/.*)$/.exec(p);
      if (l?.[1] && l[2] === this.root) this.languages.add(l[1]);
    }
  }

  private relativeToRoot(pathname: string): string | null {
    if (this.root === "") return pathname.slice(1);
    const l = /^\/([^/]+)(\/schedule\/.*)$/.exec(pathname);
    if (l?.[1] && l[2] && this.languages.has(l[1])) {
      const rest = l[2] === this.root ? "" : l[2].startsWith(`${this.root}/`) ? l[2].slice(this.root.length + 1) : null;
      return rest === null ? null : rest === "" ? l[1] : `${l[1]}/${rest}`;
    }
    if (pathname === this.root) return "";
    if (pathname.startsWith(`${this.root}/`)) return pathname.slice(this.root.length + 1);
    return null;
  }

  /** The file an address is written to, or null when the site does not have it (search, sign-in, another edition). */
  fileOf(pathname: string): string | null {
    if (ASSET_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return pathname.slice(1);
    const rel = this.relativeToRoot(pathname);
    if (rel === null) return null;
    if (this.pages.has(pathname) || (this.root === "" && pathname === "/")) return rel === "" ? "index.html" : `${rel}/index.html`;
    if (this.files.has(pathname)) return rel;
    return null;
  }
}

/** A link from the file `fromFile` to the file `toFile` (both relative to the site's top folder). */
export function relativeLink(fromFile: string, toFile: string): string {
  const r = path.posix.relative(path.posix.dirname(fromFile), toFile);
  return r === "" ? "./" : r;
}

const pathnameOf = (target: string) => (target.split("#")[0] ?? "").split("?")[0]?.replace(/&amp;.*$/, "") ?? "";

/**
 * A page's HTML as a static file at `fromFile`: links to the site's own pages, feeds and
 * assets become relative; links and forms to addresses only a server has (search, filters,
 * sign-in) are dropped (a link keeps its text; "Want to see" goes whole); every script goes (the
 * static pages run none).
 */
export function rewriteHtml(html: string, fromFile: string, layout: SiteLayout): string {
  const inSite = (target: string) => layout.fileOf(pathnameOf(target)) !== null;
  // srcset (React writes srcSet: attribute names are case-insensitive) lists several addresses: uploaded images'.
  return (
    html
      .replace(/<form\b[^>]*action="(\/[^"]*)"[^>]*>[\s\S]*?<\/form>/gi, (all, action: string) => (inSite(action) ? all : ""))
      // "Want to see" (a link to the planner, which needs the server) goes whole: its words alone would be no control
      .replace(/<a\b[^>]*\bdata-want="[^"]*"[^>]*>[\s\S]*?<\/a>/gi, "")
      .replace(/<a\b[^>]*href="(\/[^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (all, href: string, text: string) =>
        inSite(href) || text.includes("<a") ? all : `<span>${text}</span>`,
      )
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
      .replace(/<link\b[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*>/gi, "")
      .replace(/<link\b[^>]*as="script"[^>]*rel="(?:preload|modulepreload)"[^>]*>/gi, "")
      .replace(/\b(srcset)="([^"]*)"/gi, (all, attr: string, set: string) =>
        set.includes("/media/")
          ? `${attr}="${set.replace(/(^|,\s*)(\/media\/[^\s,]+)/g, (_m, sep: string, u: string) => `${sep}${relativeLink(fromFile, u.slice(1))}`)}"`
          : all,
      )
      .replace(/\b(href|src|action)="(\/[^"]*)"/g, (all, attr: string, target: string) => {
        const hash = target.includes("#") ? `#${target.slice(target.indexOf("#") + 1)}` : "";
        const file = layout.fileOf(pathnameOf(target));
        return file === null ? all : `${attr}="${relativeLink(fromFile, file)}${hash}"`;
      })
  );
}

/**
 * Next's assets a page or stylesheet refers to (stylesheets, fonts, images). A stylesheet at
 * address `from` may name them relative to itself (Next writes a font as url(../media/x.woff2)).
 */
export function assetsIn(text: string, from?: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:href|src)="(\/_next\/static\/[^"?#]+\.(?:css|woff2?|png|svg|ico))"/g)) if (m[1]) found.add(m[1]);
  for (const m of text.matchAll(/url\(\s*["']?([^)"'?#]+)[^)]*\)/g)) {
    const u = m[1] ?? "";
    if (/^(?:data|https?):/i.test(u) || (!from && !u.startsWith("/"))) continue;
    const address = new URL(u, `http://site${from ?? "/"}`).pathname;
    if (address.startsWith("/_next/static/")) found.add(address);
  }
  // Uploaded images (lib/images.ts): a film's sizes in src and srcset, a logo.
  for (const m of text.matchAll(/\/media\/(?:films\/[0-9a-f]{32}\/\d+\.(?:webp|avif)|logos\/[0-9a-f]{32}\.(?:svg|png))(?=[\s",])/g))
    found.add(m[0]);
  return [...found];
}

/** A stylesheet at `fromFile` with its url(/_next/static/...) references made relative. */
export function rewriteCss(css: string, fromFile: string): string {
  return css.replace(/url\((\/_next\/static\/[^)"']+)\)/g, (_all, u: string) => `url(${relativeLink(fromFile, u.slice(1))})`);
}

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  woff: "font/woff",
  woff2: "font/woff2",
  txt: "text/plain; charset=utf-8",
};

export function contentTypeOf(file: string): string {
  return TYPES[path.posix.extname(file).slice(1).toLowerCase()] ?? "application/octet-stream";
}

/** Text formats worth a .br/.gz copy (fonts and images are compressed already). */
export function isCompressible(file: string): boolean {
  return /\.(html|css|ics|xml|json|csv|svg|txt)$/i.test(file);
}

/** A year, and never revalidated: for files whose address changes when their bytes do. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages and feeds at addresses that stay the same from release to release. */
export const SHORT = "public, max-age=60, must-revalidate";

/** Next's content-hashed assets and the uploaded images are immutable; pages and feeds at stable addresses are cached briefly. */
export function cacheControlOf(file: string): string {
  return file.startsWith("_next/static/") || file.startsWith("media/") ? IMMUTABLE : SHORT;
}
