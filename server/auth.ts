/**
 * Who is calling, and may they? Passwords are hashed with scrypt (node:crypto), on libuv's
 * thread pool and never more than HASH_CONCURRENCY at once, so that sign-ins cannot starve the
 * request thread or the cores; session tokens are random, given to the browser in an HttpOnly
 * SameSite=Lax cookie, and stored only as sha256 hashes.
 */
import { createHash, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";
import pLimit, { type LimitFunction } from "p-limit";
import type { Role, User } from "@/db/queries/users";
import { ServiceError } from "./errors";

export type { Role, User };

/** The caller of a service: a signed-in user, or null for the public. */
export type Actor = User | null;

export const SESSION_COOKIE = "lineup_session";
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000; // expires after 8 hours without use

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

/**
 * Hashes running at once, in this process. scrypt is CPU-bound: on two cores, unbounded
 * concurrent hashing (8 clients trying passwords) left the public pages' p99 at 100-300 ms;
 * two at a time kept it well under 100 ms. Further hashes wait their turn.
 */
const HASH_CONCURRENCY = 2;
// One queue per process, even when bundling gives route handlers and server actions their own copy of this module.
const g = globalThis as unknown as { __lineupHashSlots?: LimitFunction };
if (!g.__lineupHashSlots) g.__lineupHashSlots = pLimit(HASH_CONCURRENCY);
const hashSlots = g.__lineupHashSlots;

function scryptAsync(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return hashSlots(
    () =>
      new Promise<Buffer>((resolve, reject) => scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await scryptAsync(password, Buffer.from(salt, "base64"), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** A dummy hash so that an unknown e-mail costs the same time as a wrong password (made on first use). */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(8).toString("hex"));
  await verifyPassword(password, await dummyHash);
}

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function randomPassword(): string {
  return randomBytes(12).toString("base64url");
}

export type Permission = "read" | "edit" | "publish" | "admin";

/** Roles from least to most: viewer reads unreleased data; programmer edits the catalogue, slots and
 * screenings; publisher also releases; admin also manages users and settings. */
export const ROLES: Role[] = ["viewer", "programmer", "publisher", "admin"];

const GRANTS: Record<Role, Permission[]> = {
  viewer: ["read"],
  programmer: ["read", "edit"],
  publisher: ["read", "edit", "publish"],
  admin: ["read", "edit", "publish", "admin"],
};

const rank = (r: Role) => ROLES.indexOf(r);

/**
 * The role that counts: in an edition, the user's role there (or their own role);
 * for the shared catalogue, their highest role anywhere; for users and tokens, their own role.
 * An API token caps it at the token's role.
 */
export function effectiveRole(user: User, scope: { editionId?: number; global?: boolean } = {}): Role {
  let role: Role;
  if (scope.editionId !== undefined) role = user.editionRoles[scope.editionId] ?? user.role;
  else if (scope.global) role = user.role;
  else role = [user.role, ...Object.values(user.editionRoles)].reduce((a, b) => (rank(b) > rank(a) ? b : a));
  if (user.tokenRole && rank(user.tokenRole) < rank(role)) role = user.tokenRole;
  return role;
}

export function mayDo(user: User, permission: Permission, scope: { editionId?: number; global?: boolean } = {}): boolean {
  return GRANTS[effectiveRole(user, scope)].includes(permission);
}

/**
 * 401 for the public, 403 for a role without the permission; returns the user otherwise.
 * Pass the edition's id for anything inside an edition (roles are per edition).
 */
export function authorise(actor: Actor, permission: Permission, editionId?: number): User {
  if (!actor) throw new ServiceError("unauthorized", "Sign in first");
  const scope = editionId !== undefined ? { editionId } : { global: permission === "admin" };
  if (!mayDo(actor, permission, scope)) {
    const role = effectiveRole(actor, scope);
    throw new ServiceError(
      "forbidden",
      `Your role (${role}${editionId !== undefined ? " in this edition" : ""}) may not ${permission === "edit" ? "make changes" : permission === "admin" ? "administer" : permission}`,
    );
  }
  return actor;
}

/** 401 unless signed in (the per-edition check follows once the edition is known). */
export function requireUser(actor: Actor): User {
  if (!actor) throw new ServiceError("unauthorized", "Sign in first");
  return actor;
}
