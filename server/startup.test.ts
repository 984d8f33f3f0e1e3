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
  it("creates admin@localhost with a random password printed once, when no user exists", () => {
    freshDatabase();
    const db = getDb();
    connection().sqlite.exec("delete from users");
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      startUp({ LINEUP_DEMO: "0" } as unknown as NodeJS.ProcessEnv);
      startUp({ LINEUP_DEMO: "0" } as unknown as NodeJS.ProcessEnv);
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
    expect(verifyPassword(password, user.passwordHash)).toBe(true);
    expect(signIn({ email: "admin@localhost", password }).user.role).toBe("admin");
    expect(() => signIn({ email: "admin@localhost", password: "wrong" })).toThrowError(/Wrong e-mail or password/);
  });

  it("creates the configured admin, and seeds a demo festival that is published and free of errors", () => {
    freshDatabase();
    const env = { LINEUP_ADMIN_EMAIL: "Boss@Fest.org", LINEUP_ADMIN_PASSWORD: "s3cret-pass" } as unknown as NodeJS.ProcessEnv;
    startUp(env);
    startUp(env); // a restart adds nothing
    const { user } = signIn({ email: "boss@fest.org", password: "s3cret-pass" });
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
});
