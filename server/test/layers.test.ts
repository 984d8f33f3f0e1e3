/**
 * The layers README's "How it is built" promises, checked over the production source:
 * lib/ is pure; only db/ talks to SQLite; nothing in production imports the bench,
 * the reliability suite, the e2e tests or any test file.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const PRODUCTION = ["app", "components", "lib", "server", "db", "scripts", "proxy.ts", "instrumentation.ts"];

function isTest(rel: string): boolean {
  return /\.test\.tsx?$|(^|\/)test\/|(^|\/)fixtures\/|^db\/migrations\//.test(rel);
}

function sources(entry: string): string[] {
  const abs = path.join(root, entry);
  if (!fs.existsSync(abs)) return [];
  if (fs.statSync(abs).isFile()) return [entry];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(entry, e.name)) : /\.(ts|tsx|mjs)$/.test(e.name) ? [path.join(entry, e.name)] : [],
    );
}

const files = PRODUCTION.flatMap(sources).filter((f) => !isTest(f));

/** Every module specifier a file imports (static, dynamic, re-export). */
function importsOf(rel: string): string[] {
  const text = fs.readFileSync(path.join(root, rel), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)) if (m[1]) out.push(m[1]);
  return out;
}

/** The folder an import resolves to, relative to the root ("bench", "server/test", ...). */
function target(rel: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.relative(root, path.resolve(path.dirname(path.join(root, rel)), spec));
  return null;
}

describe("layers", () => {
  it("finds the production source", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("server/services/schedule.ts");
  });

  it("production code never imports bench/, reliability/, e2e/ or a test file", () => {
    const leaks = files.flatMap((f) =>
      importsOf(f)
        .map((spec) => [spec, target(f, spec)] as const)
        .filter(([, t]) => t !== null && (/^(bench|reliability|e2e)(\/|$)/.test(t) || isTest(t)))
        .map(([spec]) => `${f} imports ${spec}`),
    );
    expect(leaks).toEqual([]);
  });

  it("only db/ talks to SQLite (drizzle, better-sqlite3, prepared SQL)", () => {
    const outside = files
      .filter((f) => !f.startsWith("db/"))
      .filter((f) => {
        const text = fs.readFileSync(path.join(root, f), "utf8");
        return importsOf(f).some((s) => /^(drizzle-orm|better-sqlite3)(\/|$)/.test(s)) || /\.prepare\(|\bsql`/.test(text);
      });
    expect(outside).toEqual([]);
  });

  it("lib/ imports no framework, database or server code", () => {
    const impure = files
      .filter((f) => f.startsWith("lib/"))
      .flatMap((f) =>
        importsOf(f)
          .filter(
            (s) =>
              /^(next|react|react-dom|drizzle-orm|better-sqlite3)(\/|$)/.test(s) ||
              /^(db|server|app|components)(\/|$)/.test(target(f, s) ?? ""),
          )
          .map((s) => `${f} imports ${s}`),
      );
    expect(impure).toEqual([]);
  });
});
