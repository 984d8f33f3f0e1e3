/** Signing in and out, and the first admin account. */
import { getDb, transaction } from "../../db/client";
import * as q from "../../db/queries/users";
import {
  SESSION_IDLE_MS,
  burnPasswordCheck,
  hashPassword,
  hashToken,
  newSessionToken,
  randomPassword,
  verifyPassword,
  type User,
} from "../auth";
import { ServiceError } from "../errors";
import { sessionInput } from "../schemas";
import { parse } from "../validate";

/** Checks the credentials and opens a session; the token goes into the cookie, only its hash into the database. */
export function signIn(input: unknown): { token: string; user: User; expiresAt: Date } {
  const { email, password } = parse(sessionInput, input);
  const db = getDb();
  const found = q.findUserWithHash(db, email);
  if (!found) {
    burnPasswordCheck(password);
    throw new ServiceError("unauthorized", "Wrong e-mail or password");
  }
  if (!verifyPassword(password, found.passwordHash) || found.disabled) throw new ServiceError("unauthorized", "Wrong e-mail or password");
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_IDLE_MS);
  transaction((tx) => {
    q.deleteExpiredSessions(tx, new Date());
    q.insertSession(tx, hashToken(token), found.id, expiresAt);
  });
  const { passwordHash: _hash, ...user } = found;
  return { token, user, expiresAt };
}

export function signOut(token: string | undefined): void {
  if (token) q.deleteSession(getDb(), hashToken(token));
}

/** The user behind a session cookie, or null. */
export function userOfToken(token: string | undefined): User | null {
  if (!token || token.length > 200) return null;
  const now = new Date();
  return q.userOfSession(getDb(), hashToken(token), now, new Date(now.getTime() + SESSION_IDLE_MS));
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
    log(`[lineup] created admin@localhost with password: ${generated}  (shown once; set LINEUP_ADMIN_EMAIL and LINEUP_ADMIN_PASSWORD to choose your own)`);
  }
}
