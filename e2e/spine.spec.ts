import { expect, type Page, test } from "@playwright/test";
import { logIn, signedIn, uniqueSlug } from "./helpers";

/**
 * The spine, through the programmers' UI: log in, add a 177-minute film, try it in a
 * 150-minute slot (refused with the arithmetic, nothing saved), put it in a 195-minute
 * slot, publish, and read it on the public day page as an anonymous visitor, at the
 * festival's local time (the browser runs in Asia/Tokyo, the server in America/Los_Angeles).
 */

async function addSlot(page: Page, venue: string, start: string, end: string) {
  const form = page.getByRole("form", { name: "New slot" });
  await form.getByLabel("Venue").selectOption({ label: venue });
  await form.getByLabel("Starts").fill(start);
  await form.getByLabel("Ends").fill(end);
  await form.getByRole("button", { name: "Add slot" }).click();
  const card = page.getByRole("article", { name: `Slot ${start} to ${end}` });
  await expect(card).toBeVisible();
  return card;
}

async function assign(card: ReturnType<Page["getByRole"]>, filmTitle: string) {
  await card.getByRole("button", { name: /Assign films|Edit screening/ }).click();
  const form = card.getByRole("form", { name: "Assign films" });
  await form.getByLabel("Find a film").fill(filmTitle);
  await form.getByRole("button", { name: new RegExp(`^Add ${filmTitle}`) }).click();
  return form;
}

/** Assigns a film to a slot, checks the live arithmetic says `fit`, and saves; the assign form. */
async function saveScreening(card: ReturnType<Page["getByRole"]>, filmTitle: string, fit: string) {
  const form = await assign(card, filmTitle);
  await expect(form.getByTestId("live-fit")).toContainText(fit);
  await form.getByRole("button", { name: "Save screening" }).click();
  return form;
}

test("programmer proves a 177-minute film fits, publishes, and the audience sees it at local time", async ({ page, browser }) => {
  const slug = uniqueSlug("spine");
  const title = `The Long Night ${slug}`;
  await logIn(page);

  // Edition and venue through the UI.
  const newEdition = page.getByRole("form", { name: "New edition" });
  await newEdition.getByLabel("Name").fill(`Spine ${slug}`);
  await newEdition.getByLabel(/^Slug/).fill(slug);
  await newEdition.getByLabel("First day").fill("2026-10-23");
  await newEdition.getByLabel("Last day").fill("2026-10-25");
  await newEdition.getByLabel("Time zone (IANA)").fill("Europe/Lisbon");
  await newEdition.getByRole("button", { name: "Create edition" }).click();
  await expect(page.getByRole("heading", { name: `Spine ${slug}` })).toBeVisible();
  const addVenue = page.getByRole("form", { name: "Add a venue" });
  await addVenue.getByLabel("Name").fill("Cinema Paraíso");
  await addVenue.getByLabel("Changeover (min)").fill("15");
  await addVenue.getByRole("button", { name: "Add venue" }).click();
  await expect(page.getByRole("form", { name: "Venue Cinema Paraíso" })).toBeVisible();

  // The film, with a runtime as archives write it.
  await page.goto("/admin/films/new");
  await page.getByLabel("Title").first().fill(title);
  await page.getByLabel("Runtime").fill("Run Time: 177 Minutes");
  await page.getByLabel("Directors").fill("Ana Operária");
  await page.getByLabel("Year").fill("2025");
  await page.getByRole("button", { name: "Add film" }).click();
  await expect(page.getByRole("status")).toHaveText("Film saved.");
  await expect(page.getByLabel("Runtime")).toHaveValue("177");

  // A 150-minute slot: the live arithmetic says over by 27 and the server refuses.
  await page.goto(`/admin/editions/${slug}/days/2026-10-24`);
  const short = await addSlot(page, "Cinema Paraíso", "14:00", "16:30");
  await expect(short).toContainText("150 min");
  const form = await saveScreening(short, title, "177 = 177 min > 150 min slot, over by 27 min");
  await expect(form.getByTestId("save-error")).toContainText("Not saved. 177 = 177 min > 150 min slot, over by 27 min");
  const api = await signedIn();
  const slots = (await (await api.get(`/api/v1/editions/${slug}/slots`)).json()).slots;
  expect(slots).toHaveLength(1);
  expect(slots[0].screening).toBeNull();

  // A 195-minute slot: 18 min spare, saved.
  const long = await addSlot(page, "Cinema Paraíso", "18:00", "21:15");
  await saveScreening(long, title, "177 = 177 min <= 195 min slot, 18 min spare");
  await expect(long.getByTestId("fit-badge")).toHaveText("18 min spare");
  await expect(long).toContainText(title);

  // Delete the empty short slot, then publish.
  page.once("dialog", (d) => d.accept());
  await short.getByRole("button", { name: "Delete slot" }).click();
  await expect(short).toHaveCount(0);
  await page.goto(`/admin/editions/${slug}/publish`);
  await expect(page.getByRole("list", { name: "Changes" })).toContainText(`New: ${title}, Sat 24 Oct 18:00, Cinema Paraíso`);
  await page.getByLabel("Note for the changelog (optional)").fill("First programme");
  await page.getByRole("button", { name: "Publish release 1" }).click();
  await expect(page.getByRole("status")).toContainText("Release 1 is published");

  // An anonymous visitor in another zone reads it at Lisbon time.
  const visitor = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const pub = await visitor.newPage();
  await pub.goto(`/schedule/${slug}/2026-10-24`);
  const item = pub.locator("li[data-screening-id]").filter({ hasText: title });
  await expect(item.locator('[data-field="start"]')).toHaveText("18:00");
  await expect(item.locator('[data-field="end"]')).toHaveText("21:15");
  await expect(item.locator('[data-field="venue"]')).toHaveText("Cinema Paraíso");
  await expect(item.locator('[data-field="runtime"]')).toHaveText("177 min");
  await visitor.close();
});

test("after midnight and the DST night: programmed in the UI, shown under the previous festival day", async ({ page, browser }) => {
  const slug = uniqueSlug("night");
  const api = await signedIn();
  expect(
    (
      await api.post("/api/v1/editions", {
        data: { slug, name: `Night ${slug}`, firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon", dayBreak: "06:00" },
      })
    ).status(),
  ).toBe(201);
  expect((await api.post(`/api/v1/editions/${slug}/venues`, { data: { name: "Late Room", changeoverMinutes: 0 } })).status()).toBe(201);
  const late = `Late Show ${slug}`;
  const dst = `Clocks Back ${slug}`;
  expect((await api.post("/api/v1/films", { data: { title: late, runtimeMinutes: 85 } })).status()).toBe(201);
  expect((await api.post("/api/v1/films", { data: { title: dst, runtimeMinutes: 177 } })).status()).toBe(201);

  await logIn(page);
  // Friday's festival day: 00:30 is Saturday morning local time.
  await page.goto(`/admin/editions/${slug}/days/2026-10-23`);
  const friday = await addSlot(page, "Late Room", "00:30", "02:00");
  await expect(friday).toContainText("after midnight");
  await (await assign(friday, late)).getByRole("button", { name: "Save screening" }).click();
  await expect(friday.getByTestId("fit-badge")).toHaveText("5 min spare");

  // Saturday's festival day runs into the night the clocks go back: 00:30-02:30 lasts 180 minutes.
  await page.goto(`/admin/editions/${slug}/days/2026-10-24`);
  const form = page.getByRole("form", { name: "New slot" });
  await form.getByLabel("Starts").fill("00:30");
  await form.getByLabel("Ends").fill("02:30");
  await expect(form.getByTestId("new-slot-minutes")).toHaveText("180 min (after midnight)");
  const night = await addSlot(page, "Late Room", "00:30", "02:30");
  await expect(night).toContainText("180 min");
  await saveScreening(night, dst, "177 = 177 min <= 180 min slot, 3 min spare");
  await expect(night.getByTestId("fit-badge")).toHaveText("3 min spare");

  expect((await api.post(`/api/v1/editions/${slug}/releases`, { data: {} })).status()).toBe(201);
  const visitor = await browser.newContext({ timezoneId: "America/New_York" });
  const pub = await visitor.newPage();
  await pub.goto(`/schedule/${slug}/2026-10-23`);
  const lateItem = pub.locator("li[data-screening-id]").filter({ hasText: late });
  await expect(lateItem.locator('[data-field="start"]')).toHaveText("00:30");
  await expect(lateItem).toContainText("after midnight");
  await pub.goto(`/schedule/${slug}/2026-10-24`);
  const dstItem = pub.locator("li[data-screening-id]").filter({ hasText: dst });
  await expect(dstItem.locator('[data-field="start"]')).toHaveText("00:30");
  await expect(dstItem.locator('[data-field="end"]')).toHaveText("02:30");
  await expect(dstItem.locator('[data-field="start"]')).toHaveAttribute("datetime", "2026-10-25T00:30:00+01:00");
  await expect(dstItem.locator('[data-field="end"]')).toHaveAttribute("datetime", "2026-10-25T02:30:00+00:00");
  // Not on Sunday's page, whose festival day begins at 06:00.
  await pub.goto(`/schedule/${slug}/2026-10-25`);
  await expect(pub.locator("li[data-screening-id]").filter({ hasText: dst })).toHaveCount(0);
  await visitor.close();
});
