/** A fresh SQLite file per test file, and a signed-in admin to call services as. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeAll, getDb } from "@/db/client";
import { insertUser } from "@/db/queries/users";
import { hashPassword, type User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
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
