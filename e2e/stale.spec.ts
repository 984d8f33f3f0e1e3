import { expect, test } from "@playwright/test";
import { freshEdition, logIn, makeFilm, makeSlot } from "./helpers";

/** No lost update in the day view: a save made on a stale view is refused and the programmer chooses. */
test("a screening edited on a stale view is refused (409); reapply puts my change onto the current version", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("stale");
  const a = await makeFilm(api, { title: `Feature ${tag}`, runtimeMinutes: 90 });
  const b = await makeFilm(api, { title: `Short ${tag}`, runtimeMinutes: 15 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T20:30:00+01:00");
  const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [a] } });
  const v1 = (await put.json()).screening.version;

  await logIn(page);
  await page.goto(`/admin/editions/${ed.slug}/days/2026-10-24`);
  const card = page.getByRole("article", { name: "Slot 18:00 to 20:30" });
  await card.getByRole("button", { name: "Edit screening" }).click();
  const form = card.getByRole("form", { name: "Assign films" });
  await form.getByLabel("Find a film").fill(`Short ${tag}`);
  await form.getByRole("button", { name: new RegExp(`^Add Short ${tag}`) }).click();

  // Meanwhile another programmer adds a Q&A.
  const other = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
    data: { filmIds: [a], qaMinutes: 20, version: v1 },
  });
  expect(other.status()).toBe(200);

  await form.getByRole("button", { name: "Save screening" }).click();
  await expect(form.getByTestId("save-error")).toContainText("changed by someone else");
  let now = (await (await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).json()).screening;
  expect(now).toMatchObject({ filmIds: [a], qaMinutes: 20 });

  await form.getByRole("button", { name: "Reapply my change to the current version" }).click();
  await expect(card.getByTestId("fit-badge")).toBeVisible();
  now = (await (await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).json()).screening;
  expect(now.filmIds).toEqual([a, b]);
});
