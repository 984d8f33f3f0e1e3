import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import ICAL from "ical.js";
import { anonymous, baseURL, signedIn } from "./helpers";
import { plannerFestival, publish } from "./planner-festival";

type Festival = Awaited<ReturnType<typeof plannerFestival>>;
let fest: Festival;

test.beforeAll(async () => {
  fest = await plannerFestival(await signedIn());
});

/** Console errors and uncaught exceptions of a page (a refused script shows up here). */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

const planned = (page: Page) =>
  page.locator("[data-plan-screening]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-plan-screening"))));

async function noScriptPage(browser: Browser) {
  return (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
}

test.describe("the planner", () => {
  test("star films on the day pages, get the best plan where greedy is wrong, share it, download its iCal, hear of a cancellation", async ({
    page,
    browser,
  }) => {
    const { ed, titles, s } = fest;
    const errors = watchConsole(page);
    await page.goto(`/schedule/${ed.slug}/2026-10-23`);
    for (const title of [titles.salt, titles.matewan, titles.norma]) {
      const want = page.getByRole("button", { name: `Want to see ${title}` }).first();
      await expect(want).toHaveAttribute("aria-pressed", "false");
      await want.click();
      await expect(want).toHaveAttribute("aria-pressed", "true");
    }
    // both of Matewan's screenings say so: the wish is the film's
    await expect(page.getByRole("button", { name: `Want to see ${titles.matewan}` })).toHaveCount(2);
    await expect(page.getByRole("button", { name: `Want to see ${titles.matewan}`, pressed: true })).toHaveCount(2);
    // the next day's page knows it too (the browser's storage)
    await page.goto(`/schedule/${ed.slug}/2026-10-24`);
    await expect(page.getByRole("button", { name: `Want to see ${titles.norma}` })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("link", { name: "Plan my 3 films" }).click();
    await expect(page).toHaveURL(/\/planner\?films=/);
    await expect(page.locator("#plan-result")).toBeFocused();
    expect(await planned(page)).toEqual([s.salt11.id, s.matewan14.id, s.norma24.id]);
    await expect(page.locator("[data-plan-summary]")).toHaveText("3 of 3 films fit, over 2 days.");
    await expect(page.locator(`[data-plan-screening="${s.matewan14.id}"]`)).toContainText("15 min walk from Hall B");
    expect(errors).toEqual([]);

    // The link to share, in a new browser: the same plan.
    const share = await page.locator("[data-plan-share]").getAttribute("href");
    const other = await (await browser.newContext({ baseURL })).newPage();
    await other.goto(share ?? "");
    expect(await planned(other)).toEqual([s.salt11.id, s.matewan14.id, s.norma24.id]);
    await other.context().close();

    // Its iCal: the festival feed's UIDs, valid iCalendar.
    const pub = await anonymous();
    const ics = await pub.get((await page.locator("[data-plan-ics]").getAttribute("href")) ?? "");
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const events = new ICAL.Component(ICAL.parse(await ics.text())).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    const uids = events.map((e) => e.uid);
    expect(uids).toEqual([s.salt11.id, s.matewan14.id, s.norma24.id].map((id) => `screening-${id}@lineup.${ed.slug}`));
    const feed = await (await pub.get(`/schedule/${ed.slug}/schedule.ics`)).text();
    for (const uid of uids) expect(feed).toContain(`UID:${uid}`);

    // A new release cancels Norma Rae on the 24th: the next visit says so and offers the new best plan.
    const api = await signedIn();
    const cancel = await api.put(`/api/v1/editions/${ed.slug}/slots/${s.norma24.slotId}/screening`, {
      data: { filmIds: [fest.films.norma], status: "cancelled" },
    });
    expect(cancel.status(), await cancel.text()).toBe(200);
    await publish(api, ed.slug);
    await page.goto(`/schedule/${ed.slug}/planner`);
    const alert = page.locator("[data-plan-changes]");
    await expect(alert).toContainText("The festival changed your plan");
    await expect(alert).toContainText(`${titles.norma} (Sat 24 Oct, 18:00) is cancelled.`);
    expect(await planned(page)).toEqual([s.salt11.id, s.matewan14.id]);
    await expect(page.locator(`[data-missed="${fest.films.norma}"]`)).toContainText(`its only screening clashes with ${titles.matewan}`);
    // seen once: the visit after says nothing more
    await page.goto(`/schedule/${ed.slug}/planner`);
    await expect(page.locator("[data-plan-summary]")).toBeVisible();
    await expect(page.locator("[data-plan-changes]")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("without JavaScript: a link to the planner, then the plain GET form", async ({ browser }) => {
    const { ed, titles, films } = fest;
    const page = await noScriptPage(browser);
    await page.goto(`/schedule/${ed.slug}/2026-10-23`);
    await page.getByRole("link", { name: `Want to see ${titles.salt}` }).click();
    await expect(page).toHaveURL(new RegExp(`/planner\\?films=${films.salt}$`));
    await expect(page.locator("[data-plan-summary]")).toHaveText("1 of 1 film fit, over 1 day.");
    await page.getByLabel("Add a film").selectOption({ label: titles.norma });
    await page.getByLabel("From").fill("10:00");
    await page.getByLabel("Until").fill("19:00");
    await page.getByRole("button", { name: "Make my plan" }).click();
    await expect(page.locator("[data-plan-summary]")).toHaveText("2 of 2 films fit, over 1 day.");
    expect(new URL(page.url()).searchParams.getAll("films")).toEqual([String(films.salt), String(films.norma)]);
    // bad input: said beside the field, no error page
    await page.goto(`/schedule/${ed.slug}/planner?films=${films.salt}&from=20:00&to=10:00`);
    await expect(page.getByText("must be later than 20:00")).toBeVisible();
    await page.context().close();
  });

  test("axe: no violation of any impact; keyboard only, with visible focus", async ({ page }) => {
    const { ed, titles, films } = fest;
    await page.goto(`/schedule/${ed.slug}/planner?films=${films.salt},${films.matewan}&must=${films.matewan}`);
    await expect(page.locator("[data-plan-summary]")).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    // Tab to the "must see" box of Salt of the Earth, tick it with Space, Tab to the button, Enter.
    const mustSalt = page.getByRole("checkbox", { name: `Must see: ${titles.salt}` });
    for (let i = 0; i < 120 && !(await mustSalt.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(mustSalt).toBeFocused();
    expect(await mustSalt.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    await page.keyboard.press("Space");
    const submit = page.getByRole("button", { name: "Make my plan" });
    for (let i = 0; i < 20 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(submit).toBeFocused();
    expect(await submit.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`must=${films.salt}`));
    await expect(page.locator("#plan-result")).toBeFocused();
    await expect(page.locator("[aria-live=polite]")).toContainText("2 of 2 films fit");
  });
});
