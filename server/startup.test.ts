import { describe, expect, it } from "vitest";
import { connection, getDb } from "@/db/client";
import { countUsers, findUserWithHash } from "@/db/queries/users";
import { itemAt } from "@/lib/lists";
import { verifyPassword } from "./auth";
import { DEMO_SLUG } from "./demo";
import { signIn } from "./services/accounts";
import { getPublished } from "./services/public";
import { getBoard } from "./services/schedule";
import { startUp } from "./startup";
import { freshDatabase } from "./test/db";

describe("start-up", () => {
  it("creates admin@localhost with a random password printed once, when no user exists", async () => {
    freshDatabase();
    const db = getDb();
    connection().sqlite.exec("delete from users");
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      await startUp({ LINEUP_DEMO: "0" } as unknown as NodeJS.ProcessEnv);
      await startUp({ LINEUP_DEMO: "0" } as unknown as NodeJS.ProcessEnv);
    } finally {
      console.log = log;
    }
    expect(countUsers(db)).toBe(1);
    const printed = lines.filter((l) => l.includes("admin@localhost"));
    expect(printed).toHaveLength(1);
    const password = /password: (\S+)/.exec(itemAt(printed, 0))?.[1] ?? "";
    const user = findUserWithHash(db, "admin@localhost")!;
    expect(user.passwordHash).not.toContain(password);
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(password, user.passwordHash)).toBe(true);
    expect((await signIn({ email: "admin@localhost", password })).user.role).toBe("admin");
    await expect(signIn({ email: "admin@localhost", password: "wrong" })).rejects.toThrowError(/Wrong e-mail or password/);
  });

  it.each([
    { name: "too easy to guess", password: "password123", why: /LINEUP_ADMIN_PASSWORD is too easy to guess/ },
    { name: "too short", password: "x7#Qp9", why: /LINEUP_ADMIN_PASSWORD must be at least 10 characters/ },
    { name: "containing the e-mail's name", password: "boss-of-the-fest-2026", why: /LINEUP_ADMIN_PASSWORD must not contain "boss"/ },
  ])("refuses to start with a LINEUP_ADMIN_PASSWORD $name, saying why, and creates no admin", async ({ password, why }) => {
    freshDatabase();
    const db = getDb();
    connection().sqlite.exec("delete from users");
    const env = { LINEUP_ADMIN_EMAIL: "boss@fest.org", LINEUP_ADMIN_PASSWORD: password, LINEUP_DEMO: "0" } as unknown as NodeJS.ProcessEnv;
    await expect(startUp(env)).rejects.toThrowError(why);
    await expect(startUp(env)).rejects.toThrowError(/Lineup did not create the admin boss@fest\.org: set a stronger LINEUP_ADMIN_PASSWORD/);
    expect(countUsers(db)).toBe(0);
  });

  it("creates the configured admin, and seeds a demo festival that is published and free of errors", async () => {
    freshDatabase();
    const env = { LINEUP_ADMIN_EMAIL: "Boss@Fest.org", LINEUP_ADMIN_PASSWORD: "copper lantern meadow" } as unknown as NodeJS.ProcessEnv;
    await startUp(env);
    await startUp(env); // a restart adds nothing
    const { user } = await signIn({ email: "boss@fest.org", password: "copper lantern meadow" });
    const board = getBoard(user, DEMO_SLUG);
    expect(board.edition.timeZone).toBe("Europe/Lisbon");
    expect(board.venues).toHaveLength(3);
    expect(board.conflicts.filter((c) => c.severity === "error")).toEqual([]);
    expect(board.slots.length).toBeGreaterThanOrEqual(18);
    expect(board.slots.filter((s) => s.screening?.status === "tentative")).toHaveLength(1);
    expect(board.slots.some((s) => s.minutes === 180 && s.startsAt.startsWith("2026-10-25T00:30"))).toBe(true);
    const published = getPublished(DEMO_SLUG)!;
    expect(published.version).toBe(1);
    const all = published.programme.screenings;
    expect(all.some((s) => s.afterMidnight && s.festivalDay === "2026-10-24")).toBe(true);
    expect(all.some((s) => s.films.length >= 3)).toBe(true);
    expect(all.some((s) => s.films.some((f) => f.runtimeMinutes === 177))).toBe(true);
    expect(new Set(published.programme.films.map((f) => f.id)).size).toBeGreaterThanOrEqual(13);
  });

  it("warns in one line when LINEUP_PUBLIC_URL is not set, and names each unusable address setting", () => {
    freshDatabase();
    const lines: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => lines.push(line);
    try {
      startUp({ LINEUP_DEMO: "0", PORT: "4321", LINEUP_ALLOWED_ORIGINS: "fest.example" } as unknown as NodeJS.ProcessEnv);
      expect(lines).toEqual([
        '[lineup] warning: LINEUP_ALLOWED_ORIGINS entry "fest.example" is not an origin (scheme://host[:port], e.g. https://fest.example); ignored',
        expect.stringMatching(
          /^\[lineup\] warning: LINEUP_PUBLIC_URL is not set: links in feeds and exports point at http:\/\/localhost:4321;/,
        ),
      ]);
      lines.length = 0;
      startUp({ LINEUP_DEMO: "0", LINEUP_PUBLIC_URL: "https://fest.example" } as unknown as NodeJS.ProcessEnv);
      expect(lines).toEqual([]);
    } finally {
      console.warn = warn;
    }
  });
});
