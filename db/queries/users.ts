/** Users and their sessions. Session tokens are stored only as hashes. */
import { and, asc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { apiTokens, memberships, sessions, users } from "@/db/schema";

export type Role = "admin" | "publisher" | "programmer" | "viewer";

export interface User {
  id: number;
  email: string;
  name: string;
  /** The user's own role: everywhere, unless an edition gives another. */
  role: Role;
  disabled: boolean;
  /** editionId -> role in that edition (overrides `role` there). */
  editionRoles: Record<number, Role>;
  /** Set when the caller came with an API token: the token's role caps every permission. */
  tokenRole?: Role;
}

type UserRow = typeof users.$inferSelect;

function toUser(r: UserRow, editionRoles: Record<number, Role> = {}): User {
  return { id: r.id, email: r.email, name: r.name, role: r.role, disabled: r.disabled, editionRoles };
}

function editionRolesOf(db: DB, userId: number): Record<number, Role> {
  const out: Record<number, Role> = {};
  for (const m of db.select().from(memberships).where(eq(memberships.userId, userId)).all()) out[m.editionId] = m.role;
  return out;
}

export function countUsers(db: DB): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

export function findUserWithHash(db: DB, email: string): (User & { passwordHash: string }) | null {
  const r = db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
  return r ? { ...toUser(r), passwordHash: r.passwordHash } : null;
}

export function insertUser(db: DB, data: { email: string; name: string; passwordHash: string; role: Role }): User {
  return toUser(
    db
      .insert(users)
      .values({ ...data, email: data.email.toLowerCase() })
      .returning()
      .get(),
  );
}

export function insertSession(db: DB, tokenHash: string, userId: number, expiresAt: Date): void {
  db.insert(sessions).values({ tokenHash, userId, expiresAt }).run();
}

/** The live session's user (not expired, not disabled), sliding its expiry forward. */
export function userOfSession(db: DB, tokenHash: string, now: Date, slideTo: Date): User | null {
  const r = db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .get();
  if (!r || r.user.disabled) return null;
  // Slide the expiry at most once a minute: a read does not have to be a write.
  if (slideTo.getTime() - r.expiresAt.getTime() > 60_000)
    db.update(sessions).set({ lastSeenAt: now, expiresAt: slideTo }).where(eq(sessions.tokenHash, tokenHash)).run();
  return toUser(r.user, editionRolesOf(db, r.user.id));
}

export function deleteSession(db: DB, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteExpiredSessions(db: DB, now: Date): void {
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
}

export function firstAdmin(db: DB): User | null {
  const r = db
    .select()
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false)))
    .orderBy(users.id)
    .limit(1)
    .get();
  return r ? toUser(r) : null;
}

export function deleteSessionsOfUser(db: DB, userId: number): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

export function getUser(db: DB, id: number): User | null {
  const r = db.select().from(users).where(eq(users.id, id)).get();
  return r ? toUser(r, editionRolesOf(db, id)) : null;
}

export function listUsers(db: DB): User[] {
  const all = db.select().from(memberships).all();
  return db
    .select()
    .from(users)
    .orderBy(asc(users.email))
    .all()
    .map((r) => toUser(r, Object.fromEntries(all.filter((m) => m.userId === r.id).map((m) => [m.editionId, m.role]))));
}

export function updateUser(
  db: DB,
  id: number,
  data: Partial<{ name: string; role: Role; disabled: boolean; passwordHash: string }>,
): User | null {
  if (Object.keys(data).length) db.update(users).set(data).where(eq(users.id, id)).run();
  return getUser(db, id);
}

export function setMembership(db: DB, userId: number, editionId: number, role: Role | null): void {
  db.delete(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.editionId, editionId)))
    .run();
  if (role) db.insert(memberships).values({ userId, editionId, role }).run();
}

export interface ApiToken {
  id: number;
  userId: number;
  name: string;
  role: Role;
  createdAt: Date;
  /** null only for a token from before expiry existed, and none is left after migration 0002: such a token does not work. */
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function toToken(r: typeof apiTokens.$inferSelect): ApiToken {
  return {
    id: r.id,
    userId: r.userId,
    name: r.name,
    role: r.role as Role,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
  };
}

export function insertToken(db: DB, data: { userId: number; name: string; tokenHash: string; role: Role; expiresAt: Date }): ApiToken {
  return toToken(db.insert(apiTokens).values(data).returning().get());
}

export function getToken(db: DB, id: number): ApiToken | null {
  const r = db.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
  return r ? toToken(r) : null;
}

/** One user's tokens, or everyone's. */
export function listTokens(db: DB, userId?: number): ApiToken[] {
  return db
    .select()
    .from(apiTokens)
    .where(userId === undefined ? undefined : eq(apiTokens.userId, userId))
    .orderBy(asc(apiTokens.id))
    .all()
    .map(toToken);
}

export function revokeToken(db: DB, id: number, now: Date): boolean {
  return (
    db
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .run().changes > 0
  );
}

/** Revokes every live token of a user (password reset, sign out everywhere, disabling); how many. */
export function revokeTokensOfUser(db: DB, userId: number, now: Date): number {
  return db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run().changes;
}

/** The user behind a live (not revoked, not expired) API token, capped to the token's role; records its use (at most once a minute). */
export function userOfApiToken(db: DB, tokenHash: string, now: Date): User | null {
  const r = db
    .select({ user: users, token: apiTokens })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)))
    .get();
  if (!r || r.user.disabled) return null;
  if (!r.token.lastUsedAt || now.getTime() - r.token.lastUsedAt.getTime() > 60_000)
    db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, r.token.id)).run();
  return { ...toUser(r.user, editionRolesOf(db, r.user.id)), tokenRole: r.token.role };
}
