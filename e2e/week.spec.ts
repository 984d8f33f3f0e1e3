/**
 * A cinema's week (issue 17 §4): /schedule/{edition}/week/{yyyy-mm-dd} lists each film of the
 * seven days with all its times, today's remaining screenings first; the index links to it.
 */
import { expect, test } from "@playwright/test";
import { addDays, festivalDayOf } from "@/lib/festival-time";
import { anonymous, makeEdition, makeFilm, makeSlot, signedIn } from "./helpers";

const ZONE = "Europe/Lisbon";
const MINUTE = 60_000;
/** An instant `minutes` from now, on a 5-minute mark. */
const fromNow = (minutes: number) => new Date(Math.ceil((Date.now() + minutes * MINUTE) / (5 * MINUTE)) * 5 * MINUTE);

test("the week lists every film with all its times, today's remaining screenings first; the index links to it", async ({ page }) => {
  const api = await signedIn();
  const today = festivalDayOf(new Date(), ZONE);
  const ed = await makeEdition(api, { firstDay: addDays(today, -2), lastDay: addDays(today, 8), timeZone: ZONE });
  const films = {
    // shown earlier (or the day before), and again tomorrow
    earlier: await makeFilm(api, { title: "Earlier Today", runtimeMinutes: 90, directors: ["Ana Lima"] }),
    // still to come today
    tonight: await makeFilm(api, { title: "Still Today", runtimeMinutes: 80 }),
    // the day after tomorrow
    later: await makeFilm(api, { title: "Later This Week", runtimeMinutes: 100 }),
    // in the next week only
    nextWeek: await makeFilm(api, { title: "Next Week Only", runtimeMinutes: 95 }),
  };
  const screen = async (filmId: number, start: Date, venueId = ed.venueId) => {
    const slot = await makeSlot(api, ed.slug, venueId, start.toISOString(), new Date(start.getTime() + 120 * MINUTE).toISOString());
    const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [filmId] } });
    expect(put.status(), await put.text()).toBe(200);
    return slot.id as number;
  };
  await screen(films.earlier, fromNow(-180), ed.venue2Id);
  await screen(films.earlier, fromNow(24 * 60));
  await screen(films.tonight, fromNow(30));
  await screen(films.later, fromNow(48 * 60));
  await screen(films.nextWeek, fromNow(7 * 24 * 60 + 60));
  expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);

  await page.goto(`/schedule/${ed.slug}`);
  await page.getByRole("link", { name: "This week, film by film" }).click();
  await expect(page).toHaveURL(new RegExp(`/schedule/${ed.slug}/week/${today}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Films from");

  const list = page.getByRole("list", { name: "Films this week" });
  const titles = list.locator("> li h2");
  await expect(titles).toHaveText(["Still Today", "Earlier Today", "Later This Week"]);
  // Today's remaining screening is marked; the film shown earlier has both its times.
  await expect(list.locator("li[data-today]")).toHaveCount(1);
  await expect(list.locator(`> li[data-film-id="${films.tonight}"] li[data-today]`)).toHaveCount(1);
  await expect(list.locator(`> li[data-film-id="${films.earlier}"] li[data-screening-id]`)).toHaveCount(2);
  await expect(list.locator(`> li[data-film-id="${films.earlier}"]`)).toContainText("Ana Lima");
  // The next week has the film this one does not; it links back.
  await page.getByRole("link", { name: /^Week from .* →$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/week/${addDays(today, 7)}$`));
  await expect(page.getByRole("list", { name: "Films this week" }).locator("> li h2")).toHaveText(["Next Week Only"]);
  await expect(page.getByRole("link", { name: /^← Week from/ })).toHaveAttribute("href", `/schedule/${ed.slug}/week/${today}`);

  // Per request (the order depends on now), with the per-request policy; a week without festival days is not found.
  const anon = await anonymous();
  const res = await anon.get(`/schedule/${ed.slug}/week/${today}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["x-lineup-cache"]).toBeUndefined();
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect((await anon.get(`/schedule/${ed.slug}/week/${addDays(today, 8)}`)).status()).toBe(200);
  expect((await anon.get(`/schedule/${ed.slug}/week/${addDays(today, 9)}`)).status()).toBe(404);
  expect((await anon.get(`/schedule/${ed.slug}/week/${addDays(today, -9)}`)).status()).toBe(404);
  expect((await anon.get(`/schedule/${ed.slug}/week/2026-02-30`)).status()).toBe(404);
});
