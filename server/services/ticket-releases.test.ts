import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertUser } from "@/db/queries/users";
import type { User } from "@/server/auth";
import { freshDatabase, refusalOf } from "@/server/test/db";
import { listAuditLog } from "./audit-log";
import { createEdition, createVenue } from "./editions";
import { createFilm } from "./films";
import { getPublished } from "./public";
import { listReleases, previewRelease, publishRelease } from "./releases";
import { createSlot, putScreening } from "./schedule";
import { previewTicketRelease, publishScreeningTickets, publishTicketRelease } from "./ticket-releases";

let admin: User;
const SLUG = "tix-test";

function setUp() {
  createEdition(admin, { slug: SLUG, name: "Tickets test", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
  const v = createVenue(admin, SLUG, { name: "Cinema 1", changeoverMinutes: 15 });
  const matewan = createFilm(admin, { title: "Matewan", runtimeMinutes: 135 });
  const salt = createFilm(admin, { title: "Salt of the Earth", runtimeMinutes: 94 });
  const a = createSlot(admin, SLUG, { venueId: v.id, startsAt: "2026-10-23T18:00:00+01:00", endsAt: "2026-10-23T20:30:00+01:00" });
  const b = createSlot(admin, SLUG, { venueId: v.id, startsAt: "2026-10-23T21:00:00+01:00", endsAt: "2026-10-23T23:00:00+01:00" });
  putScreening(admin, SLUG, a.id, { filmIds: [matewan.id], availability: "on-sale" });
  publishRelease(admin, SLUG, { note: "first" });
  return { v, matewan, salt, a, b };
}

describe("tickets releases", () => {
  beforeEach(() => {
    admin = freshDatabase().admin;
  });

  it("publishes the previous release with the new availability only, with its own number", () => {
    const { matewan, salt, a, b } = setUp();
    // the programmers' unreleased change: a new screening and a film swap
    putScreening(admin, SLUG, b.id, { filmIds: [salt.id] });
    putScreening(admin, SLUG, a.id, { filmIds: [matewan.id], availability: "sold-out", qaMinutes: 10 });
    expect(previewTicketRelease(admin, SLUG).changes.map((c) => c.message)).toEqual(["Matewan (Fri 23 Oct 18:00, Cinema 1): now sold out"]);
    const r = publishTicketRelease(admin, SLUG);
    expect(r?.version).toBe(2);
    expect(r?.kind).toBe("tickets");
    expect(r?.changes.map((c) => c.type)).toEqual(["tickets-changed"]);
    expect(r?.snapshot.screenings).toHaveLength(1);
    expect(r?.snapshot.screenings[0]).toMatchObject({ availability: "sold-out", qaMinutes: 0, revision: 1 });
    const pub = getPublished(SLUG);
    expect(pub?.version).toBe(2);
    expect(pub?.programme.screenings.map((s) => s.title)).toEqual(["Matewan"]);
    expect(listReleases(SLUG).map((x) => [x.version, x.kind])).toEqual([
      [2, "tickets"],
      [1, "schedule"],
    ]);
    // nothing more to publish; the schedule release that follows diffs against the tickets one
    expect(publishTicketRelease(admin, SLUG)).toBeNull();
    const preview = previewRelease(admin, SLUG);
    expect(preview.nextVersion).toBe(3);
    expect(preview.changes.map((c) => c.type).sort()).toEqual(["films-changed", "new"]);
    const r3 = publishRelease(admin, SLUG);
    expect(r3.kind).toBe("schedule");
    expect(r3.snapshot.screenings.find((s) => s.filmIds.includes(matewan.id))?.availability).toBe("sold-out");
  });

  it("is not blocked by conflicts, and is audited", () => {
    const { v, matewan, salt, a } = setUp();
    const clash = createSlot(admin, SLUG, { venueId: v.id, startsAt: "2026-10-23T19:00:00+01:00", endsAt: "2026-10-23T21:30:00+01:00" });
    putScreening(admin, SLUG, clash.id, { filmIds: [salt.id] });
    expect(previewRelease(admin, SLUG).blocking.length).toBeGreaterThan(0);
    putScreening(admin, SLUG, a.id, { filmIds: [matewan.id], availability: "few-left", ticketUrl: "https://tickets.example.org/m" });
    expect(refusalOf(() => publishTicketRelease(admin, SLUG, { note: 7 })).fields).toHaveProperty("note");
    const r = publishTicketRelease(admin, SLUG, { note: "Box office update" });
    expect(r?.note).toBe("Box office update");
    expect(r?.changes.map((c) => c.message)).toEqual(["Matewan (Fri 23 Oct 18:00, Cinema 1): few tickets left; ticket link added"]);
    const entry = listAuditLog(admin, { entity: "release" }).find((e) => e.action === "publish-tickets");
    expect(entry?.summary).toContain("release 2 (tickets)");
    expect(entry?.after).toMatchObject({ version: 2, kind: "tickets" });
  });

  it("after a PUT: published for a publisher, only that screening's change; waits for a programmer", async () => {
    const { matewan, a } = setUp();
    const programmer = insertUser(getDb(), { email: "p@test", name: "P", passwordHash: "x", role: "programmer" });
    const id = putScreening(programmer, SLUG, a.id, { filmIds: [matewan.id], availability: "sold-out" }).screening.id;
    expect(await publishScreeningTickets(programmer, SLUG, id)).toBeNull();
    expect(refusalOf(() => publishTicketRelease(programmer, SLUG)).status).toBe(403);
    expect(refusalOf(() => publishTicketRelease(null, SLUG)).status).toBe(401);
    expect(await publishScreeningTickets(admin, SLUG, id + 1)).toBeNull();
    expect(await publishScreeningTickets(admin, SLUG, id)).toEqual({ version: 2 });
    expect(await publishScreeningTickets(admin, SLUG, id)).toBeNull();
  });

  it("nothing released yet: nothing to publish", () => {
    createEdition(admin, { slug: SLUG, name: "T", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
    expect(publishTicketRelease(admin, SLUG)).toBeNull();
    expect(previewTicketRelease(admin, SLUG).changes).toEqual([]);
  });
});
