/**
 * Who is calling, and may they? Passwords are hashed with scrypt (node:crypto);
 * session tokens are random, given to the browser in an HttpOnly SameSite=Lax
 * cookie, and stored only as sha256 hashes.
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import type { Role, User } from "../db/queries/users";
import { ServiceError } from "./errors";

export type { Role, User };

/** The caller of a service: a signed-in user, or null for the public. */
export type Actor = User | null;

export const SESSION_COOKIE = "lineup_session";
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000; // expires after 8 hours without use

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = scryptSync(password, Buffer.from(salt, "base64"), expected.length, { N: +n, r: +r, p: +p });
  return timingSafeEqual(actual, expected);
}

/** A dummy hash so that an unknown e-mail costs the same time as a wrong password. */
const DUMMY_HASH = hashPassword(randomBytes(8).toString("hex"));
export function burnPasswordCheck(password: string): void {
  verifyPassword(password, DUMMY_HASH);
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

const GRANTS: Record<Role, Permission[]> = {
  viewer: ["read"],
  programmer: ["read", "edit"],
  publisher: ["read", "edit", "publish"],
  admin: ["read", "edit", "publish", "admin"],
};

/** 401 for the public, 403 for a role without the permission; returns the user otherwise. */
export function authorise(actor: Actor, permission: Permission): User {
  if (!actor) throw new ServiceError("unauthorized", "Sign in first");
  if (!GRANTS[actor.role].includes(permission))
    throw new ServiceError("forbidden", `Your role (${actor.role}) may not ${permission === "edit" ? "make changes" : permission}`);
  return actor;
}
