import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN } from "@/e2e/constants";
import { baseURL } from "@/e2e/helpers";

/**
 * Issue 12 §3.1: after signing in, `next` leads to a path on this site or is dropped (for /admin),
 * whatever the browser would make of it, with JavaScript and without. Each variant is the query
 * string as an attacker would write it into a link.
 */
const OFF_SITE = [
  { name: "slash backslash (encoded)", query: "/%5Cevil.example" },
  { name: "slash backslash slash (encoded)", query: "/%5C/evil.example" },
  { name: "two backslashes (encoded)", query: "%5C%5Cevil.example" },
  { name: "slash tab slash", query: "/%09/evil.example" },
  { name: "tab then two slashes", query: "%09//evil.example" },
  { name: "slash newline slash", query: "/%0A/evil.example" },
  { name: "slash CR LF slash", query: "/%0D%0A/evil.example" },
  { name: "newline at the end of a good path", query: "/admin/films%0A" },
  { name: "two slashes", query: "//evil.example" },
  { name: "two slashes (encoded)", query: "%2F%2Fevil.example" },
  { name: "three slashes", query: "///evil.example" },
  { name: "leading space then two slashes", query: "%20//evil.example" },
  { name: "absolute https URL", query: "https://evil.example/" },
  { name: "absolute URL (encoded)", query: "https%3A%2F%2Fevil.example%2F" },
  { name: "scheme without slashes", query: "https:evil.example" },
  { name: "javascript: URL", query: "javascript:alert(document.domain)" },
  { name: "repeated parameter, second one off-site", query: "/admin/films&next=//evil.example" },
];

async function signInThrough(page: Page, query: string) {
  const res = await page.goto(`/login?next=${query}`);
  expect(res?.status(), query).toBe(200);
  await page.getByLabel("E-mail").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A browser context that records (and stops) every request leaving this site, and every 5xx. */
async function watchedContext(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  const offSite: string[] = [];
  const errors: string[] = [];
  await context.route(
    (url) => url.origin !== new URL(baseURL).origin,
    (route) => {
      offSite.push(route.request().url());
      return route.abort();
    },
  );
  context.on("response", (r) => {
    if (r.status() >= 500) errors.push(`${r.status()} ${r.url()}`);
  });
  return { context, offSite, errors };
}

/** Signs in through /login?next=<query> in a fresh page; where the browser ended up. */
async function landing(context: BrowserContext, query: string): Promise<string> {
  const page = await context.newPage();
  try {
    await signInThrough(page, query);
    await page.waitForURL((url) => url.pathname !== "/login", { timeout: 10_000 }).catch(() => {});
    await page.waitForLoadState().catch(() => {});
    return page.url();
  } finally {
    await page.close();
  }
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test.describe(`sign-in's next parameter, ${mode}`, () => {
    for (const v of OFF_SITE)
      test(`${v.name} (next=${v.query}) lands on /admin, never elsewhere, never a 500`, async ({ browser }) => {
        const { context, offSite, errors } = await watchedContext(browser, javaScriptEnabled);
        expect(await landing(context, v.query)).toBe(`${baseURL}/admin`);
        expect(offSite).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });

    test("a path on this site is kept", async ({ browser }) => {
      const { context, offSite, errors } = await watchedContext(browser, javaScriptEnabled);
      expect(await landing(context, encodeURIComponent("/admin/films?q=salt"))).toBe(`${baseURL}/admin/films?q=salt`);
      expect(offSite).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
