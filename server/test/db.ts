/** A fresh SQLite file per test file, and a signed-in admin to call services as. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeAll, getDb } from "@/db/client";
import { insertSession, insertUser } from "@/db/queries/users";
import { hashPassword, hashToken, newSessionToken, type User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { createEdition } from "@/server/services/editions";
import { forgetPublished } from "@/server/services/public";

/** The test admin's password hash ("pw": these tests never sign in with it), made once. */
const ADMIN_HASH = await hashPassword("pw");

export function freshDatabase(): { admin: User; dir: string } {
  closeAll();
  forgetPublished();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-unit-"));
  process.env.DATABASE_PATH = path.join(dir, "test.db");
  const admin = insertUser(getDb(), { email: "admin@test", name: "Admin", passwordHash: ADMIN_HASH, role: "admin" });
  return { admin, dir };
}

/** A fresh database with its admin and one edition: Lisbon, 2026-10-23..25 (the clocks go back in its last night). */
export function lisbonEdition(slug: string, name: string): User {
  const { admin } = freshDatabase();
  createEdition(admin, { slug, name, firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
  return admin;
}

/** A form as a browser posts it. */
export function formData(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** A session cookie's token for `user`, valid for an hour. */
export function sessionFor(user: User): string {
  const token = newSessionToken();
  insertSession(getDb(), hashToken(token), user.id, new Date(Date.now() + 3_600_000));
  return token;
}

/** A viewer (viewer@test) signed in: their session token. */
export async function viewerSession(): Promise<string> {
  const viewer = insertUser(getDb(), {
    email: "viewer@test",
    name: "V",
    passwordHash: await hashPassword("pw-viewer-123"),
    role: "viewer",
  });
  return sessionFor(viewer);
}

/** The ServiceError `fn` refuses with; anything else (or no refusal) fails the test. */
export function refusalOf(fn: () => unknown): ServiceError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error("expected a refusal (a ServiceError)");
}
