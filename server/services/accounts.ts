/** Accounts: signing in and out, users and their roles, personal API tokens, the first admin. */
import { getDb, transaction } from "@/db/client";
import { getEditionBySlug, listEditions as listAllEditions } from "@/db/queries/editions";
import * as q from "@/db/queries/users";
import { passwordProblem } from "@/lib/password-strength";
import { audit } from "@/server/audit";
import {
  type Actor,
  authorise,
  burnPasswordCheck,
  effectiveRole,
  hashPassword,
  hashToken,
  mayDo,
  newSessionToken,
  ROLES,
  type Role,
  randomPassword,
  requireUser,
  SESSION_IDLE_MS,
  type User,
  verifyPassword,
} from "@/server/auth";
import { invalid, notFound, ServiceError } from "@/server/errors";
import { sessionInput, tokenInput, userInput, userPatch } from "@/server/schemas";
import { beginSignInAttempt } from "@/server/sign-in-limits";
import { parse } from "@/server/validate";

/**
 * Checks the credentials and opens a new session (a new token on every sign-in; the
 * previous session of this browser, if any, is ended). Only the token's hash is stored.
 * Failed attempts are limited per account at an address and per address (server/sign-in-limits.ts).
 */
export async function signIn(
  input: unknown,
  context: { ip?: string; previousToken?: string } = {},
): Promise<{ token: string; user: User; expiresAt: Date }> {
  const { email, password } = parse(sessionInput, input);
  const attempt = await beginSignInAttempt(email, context.ip);
  const db = getDb();
  const found = q.findUserWithHash(db, email);
  if (!found) {
    await burnPasswordCheck(password);
    throw new ServiceError("unauthorized", "Wrong e-mail or password");
  }
  if (!(await verifyPassword(password, found.passwordHash)) || found.disabled)
    throw new ServiceError("unauthorized", "Wrong e-mail or password");
  await attempt.succeeded();
  const now = Date.now();
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

/** Ends every session of the caller (all browsers) and revokes their API tokens. */
export function signOutEverywhere(actor: Actor): number {
  const user = requireUser(actor);
  return transaction((db) => {
    const n = q.deleteSessionsOfUser(db, user.id);
    const tokens = q.revokeTokensOfUser(db, user.id, new Date());
    audit(db, user, {
      entity: "user",
      entityId: user.id,
      action: "sign-out-everywhere",
      summary: `${n} session${n === 1 ? "" : "s"} ended, ${tokens} API token${tokens === 1 ? "" : "s"} revoked`,
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

/** 400 naming `password` when it may not be the password of the account `email`. */
function requireStrongPassword(password: string, account: { email: string; name?: string | null }): void {
  const problem = passwordProblem(password, account);
  if (problem) throw invalid({ password: problem }, `The password ${problem}`);
}

export async function createUser(actor: Actor, input: unknown): Promise<UserView> {
  const admin = authorise(actor, "admin");
  const data = parse(userInput, input);
  requireStrongPassword(data.password, data);
  const passwordHash = await hashPassword(data.password);
  return transaction((db) => {
    if (q.findUserWithHash(db, data.email))
      throw new ServiceError("conflict", `A user ${data.email} exists already`, { email: "is taken" });
    const user = q.insertUser(db, { email: data.email, name: data.name, passwordHash, role: data.role });
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

/**
 * Role, per-edition roles, name, disabling, password reset. Disabling or a new password ends
 * the user's sessions and revokes their API tokens.
 */
export async function updateUser(actor: Actor, id: number, input: unknown): Promise<UserView> {
  const admin = authorise(actor, "admin");
  const data = parse(userPatch, input);
  let passwordHash: string | undefined;
  if (data.password !== undefined) {
    const target = q.getUser(getDb(), id);
    if (!target) throw notFound(`User ${id}`);
    requireStrongPassword(data.password, { email: target.email, name: data.name ?? target.name });
    passwordHash = await hashPassword(data.password);
  }
  return transaction((db) => {
    const current = q.getUser(db, id);
    if (!current) throw notFound(`User ${id}`);
    if (current.id === admin.id && (data.disabled === true || (data.role && data.role !== "admin")))
      throw new ServiceError("conflict", "You cannot disable yourself or take away your own admin role", { role: "would lock you out" });
    const patch: Parameters<typeof q.updateUser>[2] = {};
    if (data.name !== undefined) patch.name = data.name;
    if (data.role !== undefined) patch.role = data.role;
    if (data.disabled !== undefined) patch.disabled = data.disabled;
    if (passwordHash !== undefined) patch.passwordHash = passwordHash;
    q.updateUser(db, id, patch);
    for (const [slug, role] of Object.entries(data.editionRoles ?? {})) {
      const edition = getEditionBySlug(db, slug);
      if (!edition) throw new ServiceError("bad_request", `Unknown edition "${slug}"`, { [`editionRoles.${slug}`]: "is not an edition" });
      q.setMembership(db, id, edition.id, role);
    }
    let ended = "";
    if (data.disabled || passwordHash !== undefined) {
      const sessions = q.deleteSessionsOfUser(db, id);
      const tokens = q.revokeTokensOfUser(db, id, new Date());
      ended = `; ${sessions} session${sessions === 1 ? "" : "s"} ended, ${tokens} API token${tokens === 1 ? "" : "s"} revoked`;
    }
    const after = q.getUser(db, id);
    if (!after) throw notFound(`User ${id}`);
    audit(db, admin, {
      entity: "user",
      entityId: id,
      action: passwordHash !== undefined ? "reset-password" : "update",
      summary: `${after.email}${ended}`,
      before: { name: current.name, role: current.role, disabled: current.disabled, editionRoles: current.editionRoles },
      after: { name: after.name, role: after.role, disabled: after.disabled, editionRoles: after.editionRoles },
    });
    return viewOf(after, editionSlugs());
  });
}

/* ---------- personal API tokens ---------- */

/** A token lives 90 days unless created with another `expiresAt` (at most a year ahead). */
const TOKEN_DEFAULT_DAYS = 90;
const TOKEN_MAX_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A new token for the caller, with a role no higher than their own and an expiry (default 90
 * days); the token is shown once.
 */
export function createApiToken(
  actor: Actor,
  input: unknown,
  now = new Date(),
): { token: string; id: number; name: string; role: Role; expiresAt: string } {
  const user = requireUser(actor);
  if (user.tokenRole) throw new ServiceError("forbidden", "An API token cannot create tokens; sign in");
  const data = parse(tokenInput, input);
  const highest = effectiveRole(user);
  if (ROLES.indexOf(data.role) > ROLES.indexOf(highest))
    throw new ServiceError("forbidden", `A token cannot have more rights than you (${highest})`, { role: `must be at most ${highest}` });
  const expiresAt = data.expiresAt ?? new Date(now.getTime() + TOKEN_DEFAULT_DAYS * DAY_MS);
  if (expiresAt.getTime() <= now.getTime()) throw invalid({ expiresAt: "must be in the future" });
  if (expiresAt.getTime() > now.getTime() + TOKEN_MAX_DAYS * DAY_MS)
    throw invalid({ expiresAt: `must be at most ${TOKEN_MAX_DAYS} days ahead` });
  const token = `${API_TOKEN_PREFIX}${newSessionToken()}`;
  return transaction((db) => {
    const t = q.insertToken(db, { userId: user.id, name: data.name, tokenHash: hashToken(token), role: data.role, expiresAt });
    audit(db, user, {
      entity: "token",
      entityId: t.id,
      action: "create",
      summary: `${t.name} (${t.role}), expires ${expiresAt.toISOString()}`,
    });
    return { token, id: t.id, name: t.name, role: t.role, expiresAt: expiresAt.toISOString() };
  });
}

/** The caller's tokens; an admin may ask for anyone's (`userId`). Never the secrets. */
export function listApiTokens(actor: Actor, userId?: number): q.ApiToken[] {
  const user = requireUser(actor);
  if (userId === undefined || userId === user.id) return q.listTokens(getDb(), user.id);
  authorise(actor, "admin");
  if (!q.getUser(getDb(), userId)) throw notFound(`User ${userId}`, { userId: "is not a user" });
  return q.listTokens(getDb(), userId);
}

/** Every user's tokens, for the admins' users page. */
export function listAllApiTokens(actor: Actor): q.ApiToken[] {
  authorise(actor, "admin");
  return q.listTokens(getDb());
}

/** Revokes one of the caller's tokens; an admin may revoke anyone's. */
export function revokeApiToken(actor: Actor, id: number): void {
  const user = requireUser(actor);
  transaction((db) => {
    const token = q.getToken(db, id);
    if (!token || (token.userId !== user.id && !mayDo(user, "admin", { global: true }))) throw notFound(`Token ${id}`);
    if (!q.revokeToken(db, id, new Date())) throw notFound(`Token ${id}`, { id: "is already revoked" });
    audit(db, user, {
      entity: "token",
      entityId: id,
      action: "revoke",
      summary: token.userId === user.id ? token.name : `${token.name} of user ${token.userId}`,
    });
  });
}

/** LINEUP_ADMIN_PASSWORD breaks the password rule: the server does not start. */
class WeakAdminPasswordError extends Error {
  override name = "WeakAdminPasswordError";
}

/**
 * At start-up: create LINEUP_ADMIN_EMAIL / LINEUP_ADMIN_PASSWORD if no user has that e-mail
 * (refusing, with the reason, a password too weak to be set anywhere else); with no users and
 * no such settings, create admin@localhost with a random password printed once.
 */
export async function ensureAdmin(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.log): Promise<void> {
  const db = getDb();
  const email = env.LINEUP_ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.LINEUP_ADMIN_PASSWORD;
  if (email && password) {
    if (!q.findUserWithHash(db, email)) {
      const problem = passwordProblem(password, { email });
      if (problem)
        throw new WeakAdminPasswordError(
          `LINEUP_ADMIN_PASSWORD ${problem} Lineup did not create the admin ${email}: set a stronger LINEUP_ADMIN_PASSWORD and start again.`,
        );
      q.insertUser(db, { email, name: "Administrator", passwordHash: await hashPassword(password), role: "admin" });
      log(`[lineup] created admin ${email} from LINEUP_ADMIN_EMAIL`);
    }
    return;
  }
  if (q.countUsers(db) === 0) {
    const generated = randomPassword();
    q.insertUser(db, { email: "admin@localhost", name: "Administrator", passwordHash: await hashPassword(generated), role: "admin" });
    log(
      `[lineup] created admin@localhost with password: ${generated}  (shown once; set LINEUP_ADMIN_EMAIL and LINEUP_ADMIN_PASSWORD to choose your own)`,
    );
  }
}
