import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";
import { itemAt } from "@/lib/lists";
import { DEMO_SLUG } from "./constants";
import { baseURL } from "./helpers";

test("npm run export writes the released site as static files with relative links that work from a subfolder", async ({ browser }) => {
  test.setTimeout(120_000);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lineup-export-")), "festival", "2026");
  execFileSync("npx", ["tsx", "scripts/export.ts", out, "--edition", DEMO_SLUG, "--url", baseURL], { stdio: "pipe" });
  const root = path.join(out, "schedule", DEMO_SLUG);
  expect(fs.existsSync(path.join(root, "index.html"))).toBe(true);
  expect(fs.existsSync(path.join(root, "changes", "index.html"))).toBe(true);
  const days = fs.readdirSync(root).filter((d) => /^\d{4}-\d\d-\d\d$/.test(d));
  expect(days.length).toBe(3);
  for (const d of days)
    for (const p of ["index.html", "print/index.html", "grid/index.html"])
      expect(fs.existsSync(path.join(root, d, p)), `${d}/${p}`).toBe(true);

  // Every relative link in every exported page resolves to an exported file; no internal absolute link remains.
  const htmlFiles: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".html")) htmlFiles.push(p);
    }
  };
  walk(out);
  expect(htmlFiles.length).toBeGreaterThan(10);
  for (const file of htmlFiles) {
    const html = fs.readFileSync(file, "utf8");
    expect(html, file).not.toMatch(/href="\/schedule\//);
    expect(html, file).not.toMatch(/<script/);
    for (const [, link = ""] of html.matchAll(/href="([^"#?]+\.html)"/g))
      expect(fs.existsSync(path.resolve(path.dirname(file), link)), `${file} -> ${link}`).toBe(true);
  }

  // Opened from the file system (a subfolder, no server), a day page shows its screenings and its links work.
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(pathToFileURL(path.join(root, itemAt(days, 0), "index.html")).href);
  expect(await page.locator("li[data-screening-id]").count()).toBeGreaterThan(0);
  const firstFilm = page.locator("li[data-screening-id] a[href*='films/']").first();
  await firstFilm.click();
  await expect(page.locator("h1")).toBeVisible();
  expect(page.url()).toContain("/films/");
});
