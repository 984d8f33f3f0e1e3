import { expect, type Page, test } from "@playwright/test";
import { DEMO_SLUG } from "./constants";
import { freshEdition, logIn, makeFilm, makeSlot } from "./helpers";

/**
 * Issue 15 §3, what was found on the way: the filter form's selects, the grid on the
 * clocks-back night, conflicts in words with links, the empty film, and Publish when
 * nothing changed. Against the production build and the demo festival.
 */

const DAY = "2026-10-23";

/** Every select's box, its width, and the width it takes when left to its longest choice and its arrow. */
async function selectBoxes(page: Page) {
  return page.locator("search select").evaluateAll((selects) =>
    selects.map((el) => {
      const s = el as HTMLSelectElement;
      const r = s.getBoundingClientRect();
      const style = s.getAttribute("style");
      s.style.width = "max-content";
      s.style.maxWidth = "none";
      const natural = s.getBoundingClientRect().width;
      if (style === null) s.removeAttribute("style");
      else s.setAttribute("style", style);
      return { name: s.name, x: r.x, y: r.y, right: r.right, bottom: r.bottom, width: r.width, natural };
    }),
  );
}

test.describe("the public filter form", () => {
  for (const width of [1440, 1024, 768, 390]) {
    test(`at ${width} px its selects do not overlap, and each one's longest choice fits beside its arrow`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/schedule/${DEMO_SLUG}/search?day=2026-10-24`);
      const boxes = await selectBoxes(page);
      expect(boxes.map((b) => b.name)).toEqual(expect.arrayContaining(["day", "venue", "time"]));
      for (const [i, a] of boxes.entries()) {
        expect(a.natural, `${a.name}: its longest choice and its arrow fit`).toBeLessThanOrEqual(a.width + 0.5);
        expect(a.right, `${a.name} stays inside the page`).toBeLessThanOrEqual(width);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
          expect(apart, `${a.name} and ${b.name} do not intersect`).toBe(true);
        }
      }
    });
  }
});

test("the grid on the clocks-back night: aligned with the header, the repeated 01:00 labelled and explained", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`/schedule/${DEMO_SLUG}/2026-10-24/grid`);
  await expect(page.getByTestId("clock-change")).toHaveText(/clocks go back an hour at 02:00 tonight, to 01:00/);
  const ones = page.locator('[data-hour="01:00"]');
  await expect(ones).toHaveCount(2);
  await expect(ones.nth(0)).toHaveText("01:00first, summer time");
  await expect(ones.nth(1)).toHaveText("01:00second, winter time");
  // the page's content starts where the header's does
  // (the festival's own link: the language switcher sits at the header's right)
  const header = await page.locator(`header a[href="/schedule/${DEMO_SLUG}"]`).first().boundingBox();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(Math.abs((header?.x ?? -99) - (heading?.x ?? 99))).toBeLessThanOrEqual(1);
});

test("conflicts read as sentences with titles and times, link to the slot on the board and the day view, also when publishing is blocked", async ({
  page,
}) => {
  const { api, ed, tag } = await freshEdition("words");
  const a = `Matewan ${tag}`;
  const b = `Salt of the Earth ${tag}`;
  const [fa, fb] = [await makeFilm(api, { title: a, runtimeMinutes: 135 }), await makeFilm(api, { title: b, runtimeMinutes: 94 })];
  const s1 = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T20:00:00+01:00`, `${DAY}T22:30:00+01:00`);
  const s2 = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T22:00:00+01:00`, `${DAY}T23:45:00+01:00`);
  for (const [slot, film] of [
    [s1.id, fa],
    [s2.id, fb],
  ])
    expect(
      (await api.put(`/api/v1/editions/${ed.slug}/slots/${slot}/screening`, { data: { filmIds: [film], status: "confirmed" } })).status(),
    ).toBe(200);
  await logIn(page);
  const sentence = `Two screenings overlap in Cinema 1: ${a} 20:00–22:30 and ${b} 22:00–23:45`;
  for (const where of ["conflicts", "publish"]) {
    await page.goto(`/admin/editions/${ed.slug}/${where}`);
    const item = page.locator('li[data-conflict="venue-overlap"]');
    await expect(item).toContainText(sentence);
    await expect(item).not.toContainText("venue-overlap");
    await expect(item).not.toContainText(/slot \d/);
    await expect(item.getByRole("link", { name: `${a} 20:00 on the board` })).toHaveAttribute(
      "href",
      `/admin/editions/${ed.slug}/board/${DAY}#slot-${s1.id}`,
    );
    await expect(item.getByRole("link", { name: `${b} 22:00 in the day view` })).toHaveAttribute(
      "href",
      `/admin/editions/${ed.slug}/days/${DAY}#slot-${s2.id}`,
    );
  }
  await expect(page.getByRole("button", { name: /^Publish release/ })).toHaveCount(0);
  // The board opens with the linked slot selected, its conflict in the same words.
  await page
    .locator('li[data-conflict="venue-overlap"]')
    .getByRole("link", { name: `${b} 22:00 on the board` })
    .click();
  const details = page.getByTestId("slot-details");
  await expect(details).toContainText(b);
  await expect(details.locator('[data-conflict="venue-overlap"]')).toContainText(sentence);
  // The day view: the slot's conflict in words, linking to the other slot.
  await page.goto(`/admin/editions/${ed.slug}/days/${DAY}#slot-${s1.id}`);
  const card = page.locator(`#slot-${s1.id}`);
  await expect(card.locator('[data-conflict="venue-overlap"]')).toContainText(`Error: ${sentence}`);
  await expect(card.getByRole("link", { name: `${b} 22:00 on the board` })).toBeVisible();
});

test("the film form refuses an empty film with a field message, and keeps it as an explicit placeholder", async ({ page }) => {
  await logIn(page);
  await page.goto("/admin/films/new");
  await page.getByLabel("Directors").fill("Nobody Yet");
  await page.getByRole("button", { name: "Add film" }).click();
  await expect(page.getByRole("alert").first()).toContainText(/title or a runtime/);
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/admin\/films\/new$/);
  // what was typed is still there after the refusal
  await expect(page.getByLabel("Directors")).toHaveValue("Nobody Yet");

  await page.getByLabel("Save as a placeholder").check();
  await page.getByRole("button", { name: "Add film" }).click();
  await expect(page.getByRole("status")).toHaveText("Film saved.");
  await expect(page).toHaveURL(/\/admin\/films\/\d+\?saved=1$/);
});

test("Publish is disabled, saying why, when nothing changed since the last release; the first release is always allowed", async ({
  page,
}) => {
  const { api, ed, tag } = await freshEdition("hold");
  const film = await makeFilm(api, { title: `Norma Rae ${tag}`, runtimeMinutes: 110 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T18:00:00+01:00`, `${DAY}T20:00:00+01:00`);
  await logIn(page);
  await page.goto(`/admin/editions/${ed.slug}/publish`);
  // Release 1 with an empty programme is still allowed.
  const publish1 = page.getByRole("button", { name: "Publish release 1" });
  await expect(publish1).toBeEnabled();
  await publish1.click();
  await expect(page.getByRole("status")).toContainText("Release 1 is published");
  await expect(page.getByRole("button", { name: "Publish release 2" })).toBeDisabled();
  await expect(page.getByTestId("publish-hold")).toHaveText(/^Nothing has changed since release 1/);
  // The API keeps its contract: the preview says so, and a release is still accepted.
  expect((await (await api.get(`/api/v1/editions/${ed.slug}/releases/preview`)).json()).unchanged).toBe(true);
  // A change: enabled again.
  expect(
    (await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film], status: "confirmed" } })).status(),
  ).toBe(200);
  await page.reload();
  await expect(page.getByRole("button", { name: "Publish release 2" })).toBeEnabled();
  await expect(page.getByTestId("publish-hold")).toHaveCount(0);
});
