import { expect, test } from "@playwright/test";
import { anonymous, logIn, makeEdition, makeFilm, makeSlot, signedIn } from "./helpers";

test("add a person, put them on a named programme through the screening form, and see the clash on the conflicts page", async ({
  page,
}) => {
  const api = await signedIn();
  const ed = await makeEdition(api);
  const salt = await makeFilm(api, { title: `Salt ${ed.slug}`, runtimeMinutes: 60 });
  await makeFilm(api, { title: `Looms ${ed.slug}`, runtimeMinutes: 50, languages: ["Portuguese"], subtitles: "English" });
  const first = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T19:30:00+01:00");
  const second = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T19:00:00+01:00", "2026-10-24T20:30:00+01:00");
  const name = `Ana Ferreira ${ed.slug}`;

  await logIn(page);
  await page.getByRole("navigation", { name: "Programmers" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  const add = page.getByRole("form", { name: "Add a person" });
  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Usual role").fill("director");
  await add.getByLabel("Internal notes").fill("vegetarian; arrives by train");
  await add.getByLabel("From", { exact: true }).fill("2026-10-23T10:00");
  await add.getByLabel("To", { exact: true }).fill("2026-10-26T12:00");
  await add.getByRole("button", { name: "Add person" }).click();
  await expect(add.getByRole("status")).toHaveText(`Added ${name}`);
  const row = page.locator(`li[data-person="${name}"]`);
  await expect(row).toContainText("director");
  await expect(row).toContainText("At the festival Fri 23 Oct 10:00 to Mon 26 Oct 12:00");

  // The same person at the first screening (by the API), then at the second through the form.
  const people = (await (await api.get("/api/v1/people")).json()).people as { id: number; name: string }[];
  const ana = people.find((p) => p.name === name);
  expect(ana).toBeDefined();
  const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${first.id}/screening`, {
    data: { filmIds: [salt], guests: [{ personId: ana?.id, role: "director" }] },
  });
  expect(put.status()).toBe(200);

  await page.goto(`/admin/editions/${ed.slug}/days/2026-10-24`);
  const card = page.getByRole("article", { name: "Slot 19:00 to 20:30" });
  await card.getByRole("button", { name: "Assign films" }).click();
  const form = card.getByRole("form", { name: "Assign films" });
  await form.getByLabel("Find a film").fill(`Looms ${ed.slug}`);
  await form.getByRole("button", { name: new RegExp(`^Add Looms ${ed.slug}`) }).click();
  await expect(form.getByLabel("Spoken languages")).toHaveAttribute("placeholder", "Portuguese");
  await expect(form.getByLabel("Subtitles")).toHaveAttribute("placeholder", "English");
  await form.getByLabel("Programme title").fill("Shorts: Work and Hands");
  await form.getByLabel("Add a guest").selectOption({ label: `${name} (director)` });
  await expect(form.getByRole("list", { name: "Guests of this screening" })).toContainText(name);
  await form.getByLabel("Role here").fill("Q&A");
  await form.getByLabel("Audio description").check();
  await form.getByRole("button", { name: "Save screening" }).click();
  await expect(form).toBeHidden();
  await expect(card).toContainText("Shorts: Work and Hands");
  await expect(card).toContainText(`${name} is a guest of`);

  const saved = (await (await api.get(`/api/v1/editions/${ed.slug}/slots/${second.id}`)).json()).screening;
  expect(saved).toMatchObject({ title: "Shorts: Work and Hands", accessibility: ["audio-description"], languages: null });
  expect(saved.guests).toEqual([{ personId: ana?.id, role: "Q&A" }]);

  await page.goto(`/admin/editions/${ed.slug}/conflicts`);
  const clash = page.locator('[data-conflict="guest-overlap"]');
  await expect(clash).toContainText(`${name} is a guest of "Salt ${ed.slug}" at 2026-10-24 18:00–19:30 in Cinema 1`);
  await expect(clash).toContainText('"Shorts: Work and Hands" at 2026-10-24 19:00–20:30 in Hall B');

  // From the form to every public output: the clash taken away, then published.
  expect((await api.delete(`/api/v1/editions/${ed.slug}/slots/${first.id}/screening`)).status()).toBe(204);
  expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);
  const anon = await anonymous();
  const base = `/schedule/${ed.slug}`;
  for (const url of [
    `${base}/2026-10-24`,
    `${base}/2026-10-24/print`,
    `${base}/schedule.ics`,
    `${base}/schedule.xml`,
    `${base}/schedule.csv`,
  ]) {
    const body = (await (await anon.get(url)).text()).replace(/\r\n[ \t]/g, "");
    expect(body, url).toContain("Shorts: Work and Hands");
    expect(body, url).toContain(name);
    expect(body, url).not.toContain("vegetarian");
  }
  expect(await (await anon.get(`${base}/schedule.ics`)).text()).toMatch(/SUMMARY:Shorts: Work and Hands/);
  expect(await (await anon.get(`${base}/schedule.xml`)).text()).toMatch(
    new RegExp(`<person id="\\d+" guid="[0-9a-f-]{36}">${name}</person>`),
  );
});

test("the people page refuses a range that ends before it starts next to its boxes, keeps what was typed, and will not delete a guest", async ({
  page,
}) => {
  const api = await signedIn();
  const ed = await makeEdition(api);
  const film = await makeFilm(api, { title: `Salt ${ed.slug}`, runtimeMinutes: 60 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T19:30:00+01:00");
  const guest = await (await api.post("/api/v1/people", { data: { name: `Guest ${ed.slug}` } })).json();
  await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film], guests: [{ personId: guest.id }] } });

  await logIn(page);
  await page.goto("/admin/people");
  const add = page.getByRole("form", { name: "Add a person" });
  await add.getByLabel("Name").fill(`Rosa ${ed.slug}`);
  await add.getByRole("button", { name: "Add a range" }).click();
  // the first pair left empty (dropped), the second one backwards
  await add.getByLabel("From", { exact: true }).nth(1).fill("2026-10-25T10:00");
  await add.getByLabel("To", { exact: true }).nth(1).fill("2026-10-24T10:00");
  await add.getByRole("button", { name: "Add person" }).click();
  await expect(add.getByRole("alert")).toHaveText("Not saved: see the fields marked below");
  await expect(add.locator('[data-range="1"]')).toContainText("from must be before to");
  await expect(add.getByLabel("Name")).toHaveValue(`Rosa ${ed.slug}`);
  await expect(add.getByLabel("To", { exact: true }).nth(1)).toHaveValue("2026-10-24T10:00");

  const row = page.locator(`li[data-person="Guest ${ed.slug}"]`);
  await row.getByRole("button", { name: `Delete Guest ${ed.slug}` }).click();
  await expect(row.getByRole("alert")).toHaveText(`Guest ${ed.slug} is a guest of 1 screening; take them off first`);
});
