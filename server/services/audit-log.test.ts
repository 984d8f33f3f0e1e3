import { describe, expect, it } from "vitest";
import { itemAt } from "@/lib/lists";
import type { User } from "@/server/auth";
import { freshDatabase } from "@/server/test/db";
import { createApiToken, createUser, revokeApiToken, updateUser } from "./accounts";
import { listAuditLog } from "./audit-log";
import { createSlotsFromPattern, moveScreening } from "./board";
import { commitImport } from "./catalogue-import";
import { createEdition, createVenue, deleteVenue, updateEdition, updateVenue } from "./editions";
import { createFilm, deleteFilm, updateFilm } from "./films";
import { createPerson } from "./people";
import { publishRelease } from "./releases";
import { createSlot, deleteScreening, deleteSlot, putScreening, updateSlot } from "./schedule";

describe("the audit log records every change, with who, what, before and after", () => {
  it("one entry per change, newest first, filterable by edition, record and user", async () => {
    const { admin } = freshDatabase();
    const slug = "audit-test";
    const steps: [string, string, () => unknown][] = [];
    const step = (entity: string, action: string, fn: () => unknown) => steps.push([entity, action, fn]);
    let film = 0,
      venue = 0,
      slotA = 0,
      slotB = 0,
      user: User | null = null,
      token = 0;
    step("edition", "create", () =>
      createEdition(admin, { slug, name: "Audit", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" }),
    );
    step("edition", "update", () => updateEdition(admin, slug, { name: "Audit festival" }));
    step("venue", "create", () => (venue = createVenue(admin, slug, { name: "Hall" }).id));
    step("venue", "update", () => updateVenue(admin, slug, venue, { capacity: 90 }));
    step("film", "create", () => (film = createFilm(admin, { title: "Matewan", runtimeMinutes: 135 }).id));
    step("film", "update", () => updateFilm(admin, film, { year: 1987 }));
    step(
      "slot",
      "create",
      () =>
        (slotA = createSlot(admin, slug, {
          venueId: venue,
          startsAt: "2026-10-24T18:00:00+01:00",
          endsAt: "2026-10-24T20:30:00+01:00",
        }).id),
    );
    step("slot", "update", () => updateSlot(admin, slug, slotA, { endsAt: "2026-10-24T20:45:00+01:00" }));
    step(
      "slot",
      "create",
      () =>
        (slotB = createSlot(admin, slug, {
          venueId: venue,
          startsAt: "2026-10-24T21:00:00+01:00",
          endsAt: "2026-10-24T23:30:00+01:00",
        }).id),
    );
    step("screening", "create", () => putScreening(admin, slug, slotA, { filmIds: [film] }));
    step("screening", "move", () => moveScreening(admin, slug, slotA, slotB));
    step("release", "publish", () => publishRelease(admin, slug, { note: "first" }));
    step("screening", "delete", () => deleteScreening(admin, slug, slotB));
    step("slot", "delete", () => deleteSlot(admin, slug, slotB));
    step("slot", "create-pattern", () =>
      createSlotsFromPattern(admin, slug, { venueId: venue, times: ["10:00"], minutes: 90, days: ["2026-10-23"] }),
    );
    step("import", "commit", () => commitImport(admin, "Title: Salt of the Earth\nRuntime: 94 min\n"));
    step(
      "user",
      "create",
      async () => (user = await createUser(admin, { email: "prog@example.org", password: "a-long-password", role: "programmer" })),
    );
    step("user", "update", () => updateUser(admin, user!.id, { role: "publisher" }));
    step("token", "create", () => (token = createApiToken(admin, { name: "script", role: "viewer" }).id));
    step("token", "revoke", () => revokeApiToken(admin, token));
    for (const [, , fn] of steps) await fn();
    // Deleting a venue with slots is refused; the delete of an empty one is recorded.
    const spare = createVenue(admin, slug, { name: "Spare" }).id;
    deleteVenue(admin, slug, spare);
    step("venue", "delete", () => undefined);
    const deleted = createFilm(admin, { title: "Gone", runtimeMinutes: 10 }).id;
    deleteFilm(admin, deleted);

    const all = listAuditLog(admin, { limit: 1000 });
    const seen = all.map((e) => `${e.entity} ${e.action}`);
    for (const [entity, action] of steps) expect(seen, `${entity} ${action}`).toContain(`${entity} ${action}`);
    expect(seen).toContain("film delete");
    expect(itemAt(all, 0).id).toBeGreaterThan(itemAt(all, -1).id);
    for (const e of all) expect(e.userEmail, `${e.entity} ${e.action}`).toBe(admin.email);

    const filmUpdate = all.find((e) => e.entity === "film" && e.action === "update")!;
    expect((filmUpdate.before as { year: number | null }).year).toBeNull();
    expect((filmUpdate.after as { year: number }).year).toBe(1987);
    const move = all.find((e) => e.action === "move")!;
    expect(move.before).toMatchObject({ slotId: slotA });
    expect(move.after).toMatchObject({ slotId: slotB });

    const forFilm = listAuditLog(admin, { entity: "film", entityId: film });
    expect(forFilm.map((e) => e.action)).toEqual(["update", "create"]);
    const forEdition = listAuditLog(admin, { edition: slug });
    expect(forEdition.every((e) => e.editionId === forEdition[0]?.editionId)).toBe(true);
    expect(forEdition.map((e) => e.entity)).toContain("release");
    expect(listAuditLog(admin, { userId: admin.id }).length).toBe(all.length);
  });
});

describe("a screening's programme, guests and tickets are audited with their before and after (issue 15)", () => {
  it("PUT screening with a title, guests, languages, access, format, notes and tickets; then sold out", () => {
    const { admin } = freshDatabase();
    const slug = "audit-guests";
    createEdition(admin, { slug, name: "Audit", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
    const venue = createVenue(admin, slug, { name: "Hall" }).id;
    const film = createFilm(admin, { title: "The Loom", runtimeMinutes: 12 }).id;
    const ana = createPerson(admin, { name: "Ana Ferreira", role: "director" }).id;
    const rui = createPerson(admin, { name: "Rui Lopes" }).id;
    const slot = createSlot(admin, slug, { venueId: venue, startsAt: "2026-10-24T18:00:00+01:00", endsAt: "2026-10-24T19:30:00+01:00" }).id;
    const details = {
      title: "Shorts: Work & Hands",
      description: "Films about the work of hands.",
      languages: ["English"],
      subtitles: "Portuguese",
      accessibility: ["open-captions"],
      format: "DCP",
      internalNotes: "Print from the archive",
      ticketUrl: "https://tickets.example/40",
      availability: "on-sale",
      guests: [
        { personId: ana, role: "director" },
        { personId: rui, role: "moderator" },
      ],
    };
    putScreening(admin, slug, slot, { filmIds: [film], qaMinutes: 20, status: "confirmed", ...details });
    putScreening(admin, slug, slot, {
      filmIds: [film],
      qaMinutes: 20,
      status: "confirmed",
      ...details,
      availability: "sold-out",
      guests: [{ personId: ana, role: "director" }],
    });
    const [update, create] = listAuditLog(admin, { edition: slug }).filter((e) => e.entity === "screening");
    expect(create?.action).toBe("create");
    expect(create?.before).toBeNull();
    expect(create?.after).toMatchObject({ slotId: slot, filmIds: [film], ...details });
    expect(update?.action).toBe("update");
    expect(update?.before).toMatchObject({ ...details });
    expect(update?.after).toMatchObject({ ...details, availability: "sold-out", guests: [{ personId: ana, role: "director" }] });
  });
});
