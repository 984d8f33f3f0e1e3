/** Users and their sessions. Session tokens are stored only as hashes. */
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { DB } from "../client";
import { sessions, users } from "../schema";

export type Role = "admin" | "publisher" | "programmer" | "viewer";

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
}

type UserRow = typeof users.$inferSelect;

function toUser(r: UserRow): User {
  return { id: r.id, email: r.email, name: r.name, role: r.role as Role, disabled: r.disabled };
}

export function countUsers(db: DB): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

export function findUserWithHash(db: DB, email: string): (User & { passwordHash: string }) | null {
  const r = db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
  return r ? { ...toUser(r), passwordHash: r.passwordHash } : null;
}

export function insertUser(db: DB, data: { email: string; name: string; passwordHash: string; role: Role }): User {
  return toUser(db.insert(users).values({ ...data, email: data.email.toLowerCase() }).returning().get());
}

export function insertSession(db: DB, tokenHash: string, userId: number, expiresAt: Date): void {
  db.insert(sessions).values({ tokenHash, userId, expiresAt }).run();
}

/** The live session's user (not expired, not disabled), sliding its expiry forward. */
export function userOfSession(db: DB, tokenHash: string, now: Date, slideTo: Date): User | null {
  const r = db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .get();
  if (!r || r.user.disabled) return null;
  db.update(sessions).set({ lastSeenAt: now, expiresAt: slideTo }).where(eq(sessions.tokenHash, tokenHash)).run();
  return toUser(r.user);
}

export function deleteSession(db: DB, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteExpiredSessions(db: DB, now: Date): void {
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
}

export function firstAdmin(db: DB): User | null {
  const r = db.select().from(users).where(and(eq(users.role, "admin"), eq(users.disabled, false))).orderBy(users.id).limit(1).get();
  return r ? toUser(r) : null;
}
