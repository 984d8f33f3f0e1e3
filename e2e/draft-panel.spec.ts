import { expect, test } from "@playwright/test";
import { logIn, makeEdition, makeFilm, makeSlot, serverDatabase, signedIn, uniqueSlug } from "@/e2e/helpers";

/** The board's Draft panel (issue 16 §2) on a scenario's board: pick films, run, see the optimum, undo it. */
test("the Draft panel places two picked films at the known optimum and undoes the draft as one step", async ({ page }) => {
  const api = await signedIn();
  const ed = await makeEdition(api);
  const big = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T14:00:00+01:00", "2026-10-24T17:10:00+01:00");
  const small = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T14:00:00+01:00", "2026-10-24T15:40:00+01:00");
  const tag = uniqueSlug("draft");
  await makeFilm(api, { title: `Short ${tag}`, runtimeMinutes: 90 });
  await makeFilm(api, { title: `Long ${tag}`, runtimeMinutes: 190 });
  const db = await serverDatabase();
  let scenario: number;
  try {
    const edition = db.prepare("SELECT id FROM editions WHERE slug = ?").get(ed.slug) as { id: number };
    scenario = Number(db.prepare("INSERT INTO scenarios (edition_id, name) VALUES (?, ?)").run(edition.id, "Panel e2e").lastInsertRowid);
    db.prepare("UPDATE slots SET scenario_id = ? WHERE id IN (?, ?)").run(scenario, big.id, small.id);
  } finally {
    db.close();
  }

  await logIn(page, `/admin/editions/${ed.slug}/board/2026-10-24?scenario=${scenario}`);
  const panel = page.getByRole("region", { name: "Draft: Panel e2e" });
  await panel.getByRole("radio", { name: /Films I pick/ }).check();
  await panel.getByLabel("Filter films").fill(tag);
  await panel.getByRole("checkbox", { name: new RegExp(`Short ${tag}`) }).check();
  await panel.getByRole("checkbox", { name: new RegExp(`Long ${tag}`) }).check();
  await panel.getByLabel("Screenings each").fill("1");
  await panel.getByRole("button", { name: "Run draft (2 films)" }).click();
  await expect(panel.getByText(/^Placed 2 screenings; 0 films not placed in full\. Solver: optimal/)).toBeVisible({ timeout: 60_000 });
  const placed = panel.getByRole("table", { name: "Placed by the draft" });
  await expect(placed.getByRole("row", { name: new RegExp(`Long ${tag} Cinema 1 Sat 24 Oct 14:00`) })).toBeVisible();
  await expect(placed.getByRole("row", { name: new RegExp(`Short ${tag} Hall B Sat 24 Oct 14:00`) })).toBeVisible();

  await panel.getByRole("button", { name: "Undo draft" }).click();
  await expect(panel.getByText("Draft undone: 2 screenings removed")).toBeVisible();
  const after = await serverDatabase();
  try {
    expect(after.prepare("SELECT COUNT(*) AS n FROM screenings WHERE scenario_id = ?").get(scenario)).toEqual({ n: 0 });
  } finally {
    after.close();
  }
});
