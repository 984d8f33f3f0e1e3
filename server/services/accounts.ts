/** Accounts: signing in and out, users and their roles, personal API tokens, the first admin. */
import { getDb, transaction } from "@/db/client";
import { getEditionBySlug, listEditions as listAllEditions } from "@/db/queries/editions";
import * as q from "@/db/queries/users";
import { audit } from "@/server/audit";
import {
  type Actor,
  authorise,
  burnPasswordCheck,
  effectiveRole,
  hashPassword,
  hashToken,
  newSessionToken,
  ROLES,
  type Role,
  randomPassword,
  requireUser,
  SESSION_IDLE_MS,
  type User,
  verifyPassword,
} from "@/server/auth";
import { notFound, ServiceError } from "@/server/errors";
import { sessionInput, tokenInput, userInput, userPatch } from "@/server/schemas";
import { parse } from "@/server/validate";

/* ---------- sign-in rate limit: failed tries per 15 minutes, per account (10) and per client address (30) ---------- */

const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
/** An address gets more tries than an account: a festival office or a venue's Wi-Fi shares one. */
const LOGIN_LIMIT = {
  account: envInt("LINEUP_LOGIN_LIMIT_ACCOUNT", 10),
  ip: envInt("LINEUP_LOGIN_LIMIT_IP", 30),
  windowMs: 15 * 60 * 1000,
};
const g = globalThis as unknown as { __lineupLoginTries?: Map<string, number[]> };
g.__lineupLoginTries ??= new Map<string, number[]>();
const tries = g.__lineupLoginTries;

function recent(key: string, now: number): number[] {
  const list = (tries.get(key) ?? []).filter((t) => now - t < LOGIN_LIMIT.windowMs);
  if (list.length) tries.set(key, list);
  else tries.delete(key);
  return list;
}

function checkRateLimit(keys: string[], now: number): void {
  for (const key of keys) {
    const list = recent(key, now);
    if (list.length >= (key.startsWith("ip:") ? LOGIN_LIMIT.ip : LOGIN_LIMIT.account)) {
      const wait = Math.ceil((LOGIN_LIMIT.windowMs - (now - (list.at(0) ?? now))) / 60_000);
      throw new ServiceError(
        "rate_limited",
        `Too many sign-in attempts ${key.startsWith("ip:") ? "from this address" : "for this account"}; try again in ${wait} minute${wait === 1 ? "" : "s"}`,
        { email: "too many attempts" },
      );
    }
  }
}

function noteFailure(keys: string[], now: number): void {
  if (tries.size > 50_000) tries.clear(); // bounded memory under a flood
  for (const key of keys) tries.set(key, [...recent(key, now), now]);
}

/** For tests: forget every recorded attempt. */
export function resetLoginAttempts(): void {
  tries.clear();
}

/**
 * Checks the credentials and opens a new session (a new token on every sign-in; the
 * previous session of this browser, if any, is ended). Only the token's hash is stored.
 */
export function signIn(
  input: unknown,
  context: { ip?: string; previousToken?: string } = {},
): { token: string; user: User; expiresAt: Date } {
  const { email, password } = parse(sessionInput, input);
  const now = Date.now();
  const keys = [`account:${email}`, ...(context.ip ? [`ip:${context.ip}`] : [])];
  checkRateLimit(keys, now);
  const db = getDb();
  const found = q.findUserWithHash(db, email);
  if (!found) {
    burnPasswordCheck(password);
    noteFailure(keys, now);
    throw new ServiceError("unauthorized", "Wrong e-mail or password");
  }
  if (!verifyPassword(password, found.passwordHash) || found.disabled) {
    noteFailure(keys, now);
    throw new ServiceError("unauthorized", "Wrong e-mail or password");
  }
  tries.delete(`account:${email}`);
  const token = newSessionToken();
  const expiresAt = new Date(now + SESSION_IDLE_MS);
  transaction((tx) => {
    q.deleteExpiredSessions(tx, new Date(now));
    if (context.previousToken) q.deleteSession(tx, hashToken(context.previousToken));
    q.insertSession(tx, hashToken(token), found.id, expiresAt);
  });
  const { passwordHash: _hash, ...user } = found;
  return { token, user: q.getUser(db, user.id) ?? user, expiresAt };
}

export function signOut(token: string | undefined): void {
  if (token) q.deleteSession(getDb(), hashToken(token));
}

/** Ends every session of the caller (all browsers). */
export function signOutEverywhere(actor: Actor): number {
  const user = requireUser(actor);
  return transaction((db) => {
    const n = q.deleteSessionsOfUser(db, user.id);
    audit(db, user, {
      entity: "user",
      entityId: user.id,
      action: "sign-out-everywhere",
      summary: `${n} session${n === 1 ? "" : "s"} ended`,
    });
    return n;
  });
}

/** The user behind a session cookie, or null. */
export function userOfToken(token: string | undefined): User | null {
  if (!token || token.length > 200) return null;
  const now = new Date();
  return q.userOfSession(getDb(), hashToken(token), now, new Date(now.getTime() + SESSION_IDLE_MS));
}

const API_TOKEN_PREFIX = "lineup_";

/** The user behind `Authorization: Bearer lineup_...`, capped to the token's role, or null. */
export function userOfApiToken(token: string | undefined): User | null {
  if (!token || token.length > 200 || !token.startsWith(API_TOKEN_PREFIX)) return null;
  return q.userOfApiToken(getDb(), hashToken(token), new Date());
}

/* ---------- users ---------- */

export interface UserView extends Omit<User, "editionRoles" | "tokenRole"> {
  /** edition slug -> role there */
  editionRoles: Record<string, Role>;
}

function viewOf(user: User, slugs: Map<number, string>): UserView {
  const { editionRoles, tokenRole: _t, ...rest } = user;
  return { ...rest, editionRoles: Object.fromEntries(Object.entries(editionRoles).map(([id, r]) => [slugs.get(Number(id)) ?? id, r])) };
}

function editionSlugs(): Map<number, string> {
  return new Map(listAllEditions(getDb()).map((e) => [e.id, e.slug]));
}

export function listUsers(actor: Actor): UserView[] {
  authorise(actor, "admin");
  const slugs = editionSlugs();
  return q.listUsers(getDb()).map((u) => viewOf(u, slugs));
}

export function createUser(actor: Actor, input: unknown): UserView {
  const admin = authorise(actor, "admin");
  const data = parse(userInput, input);
  return transaction((db) => {
    if (q.findUserWithHash(db, data.email))
      throw new ServiceError("conflict", `A user ${data.email} exists already`, { email: "is taken" });
    const user = q.insertUser(db, { email: data.email, name: data.name, passwordHash: hashPassword(data.password), role: data.role });
    audit(db, admin, {
      entity: "user",
      entityId: user.id,
      action: "create",
      summary: `${user.email} as ${user.role}`,
      after: { email: user.email, name: user.name, role: user.role },
    });
    return viewOf(user, editionSlugs());
  });
}

/** Role, per-edition roles, name, disabling, password reset. Disabling or a new password ends the user's sessions. */
export function updateUser(actor: Actor, id: number, input: unknown): UserView {
  const admin = authorise(actor, "admin");
  const data = parse(userPatch, input);
  return transaction((db) => {
    const current = q.getUser(db, id);
    if (!current) throw notFound(`User ${id}`);
    if (current.id === admin.id && (data.disabled === true || (data.role && data.role !== "admin")))
      throw new ServiceError("conflict", "You cannot disable yourself or take away your own admin role", { role: "would lock you out" });
    const patch: Parameters<typeof q.updateUser>[2] = {};
    if (data.name !== undefined) patch.name = data.name;
    if (data.role !== undefined) patch.role = data.role;
    if (data.disabled !== undefined) patch.disabled = data.disabled;
    if (data.password !== undefined) patch.passwordHash = hashPassword(data.password);
    q.updateUser(db, id, patch);
    for (const [slug, role] of Object.entries(data.editionRoles ?? {})) {
      const edition = getEditionBySlug(db, slug);
      if (!edition) throw new ServiceError("bad_request", `Unknown edition "${slug}"`, { [`editionRoles.${slug}`]: "is not an edition" });
      q.setMembership(db, id, edition.id, role);
    }
    if (data.disabled || data.password !== undefined) q.deleteSessionsOfUser(db, id);
    const after = q.getUser(db, id)!;
    audit(db, admin, {
      entity: "user",
      entityId: id,
      action: data.password !== undefined ? "reset-password" : "update",
      summary: after.email,
      before: { name: current.name, role: current.role, disabled: current.disabled, editionRoles: current.editionRoles },
      after: { name: after.name, role: after.role, disabled: after.disabled, editionRoles: after.editionRoles },
    });
    return viewOf(after, editionSlugs());
  });
}

/* ---------- personal API tokens ---------- */

/** A new token for the caller, with a role no higher than their own; the token is shown once. */
export function createApiToken(actor: Actor, input: unknown): { token: string; id: number; name: string; role: Role } {
  const user = requireUser(actor);
  if (user.tokenRole) throw new ServiceError("forbidden", "An API token cannot create tokens; sign in");
  const data = parse(tokenInput, input);
  const highest = effectiveRole(user);
  if (ROLES.indexOf(data.role) > ROLES.indexOf(highest))
    throw new ServiceError("forbidden", `A token cannot have more rights than you (${highest})`, { role: `must be at most ${highest}` });
  const token = `${API_TOKEN_PREFIX}${newSessionToken()}`;
  return transaction((db) => {
    const t = q.insertToken(db, { userId: user.id, name: data.name, tokenHash: hashToken(token), role: data.role });
    audit(db, user, { entity: "token", entityId: t.id, action: "create", summary: `${t.name} (${t.role})` });
    return { token, id: t.id, name: t.name, role: t.role };
  });
}

export function listApiTokens(actor: Actor): q.ApiToken[] {
  const user = requireUser(actor);
  return q.listTokens(getDb(), user.id);
}

export function revokeApiToken(actor: Actor, id: number): void {
  const user = requireUser(actor);
  transaction((db) => {
    if (!q.revokeToken(db, user.id, id, new Date())) throw notFound(`Token ${id}`);
    audit(db, user, { entity: "token", entityId: id, action: "revoke" });
  });
}

/**
 * At start-up: create LINEUP_ADMIN_EMAIL / LINEUP_ADMIN_PASSWORD if no user has that e-mail;
 * with no users and no such settings, create admin@localhost with a random password printed once.
 */
export function ensureAdmin(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.log): void {
  const db = getDb();
  const email = env.LINEUP_ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.LINEUP_ADMIN_PASSWORD;
  if (email && password) {
    if (!q.findUserWithHash(db, email)) {
      q.insertUser(db, { email, name: "Administrator", passwordHash: hashPassword(password), role: "admin" });
      log(`[lineup] created admin ${email} from LINEUP_ADMIN_EMAIL`);
    }
    return;
  }
  if (q.countUsers(db) === 0) {
    const generated = randomPassword();
    q.insertUser(db, { email: "admin@localhost", name: "Administrator", passwordHash: hashPassword(generated), role: "admin" });
    log(
      `[lineup] created admin@localhost with password: ${generated}  (shown once; set LINEUP_ADMIN_EMAIL and LINEUP_ADMIN_PASSWORD to choose your own)`,
    );
  }
}
