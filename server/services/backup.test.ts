import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyDatabaseFile } from "@/db/backup";
import { closeAll, getDb } from "@/db/client";
import { insertUser } from "@/db/queries/users";
import { hashPassword } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { freshDatabase } from "@/server/test/db";
import { downloadBackup } from "./backup";
import { createFilm } from "./films";

const { admin, dir } = freshDatabase();

afterAll(() => closeAll());

describe("downloadBackup", () => {
  it("is for admins only: 401 signed out, 403 for other roles", async () => {
    await expect(downloadBackup(null)).rejects.toMatchObject({ status: 401 });
    for (const role of ["viewer", "programmer", "publisher"] as const) {
      const user = insertUser(getDb(), { email: `${role}@test`, name: role, passwordHash: await hashPassword("pw"), role });
      const e = await downloadBackup(user).catch((x) => x);
      expect(e).toBeInstanceOf(ServiceError);
      expect(e.status).toBe(403);
    }
  });

  it("gives the admin a sound copy of the live database and leaves no file behind", async () => {
    createFilm(admin, { title: "Backed up", year: 2020, runtimeMinutes: 90 });
    const before = fs.readdirSync(path.dirname(process.env.DATABASE_PATH!)).sort();
    const b = await downloadBackup(admin);
    const bytes = fs.readFileSync(b.fd);
    fs.closeSync(b.fd);
    expect(bytes.length).toBe(b.bytes);
    expect(b.fileName).toMatch(/^lineup-\d{8}T\d{6}Z\.db$/);
    const copy = path.join(dir, "downloaded.db");
    fs.writeFileSync(copy, bytes);
    const v = verifyDatabaseFile(copy);
    expect(v.problems).toEqual([]);
    expect(v.counts.films).toBe(1);
    fs.rmSync(copy);
    expect(fs.readdirSync(path.dirname(process.env.DATABASE_PATH!)).sort()).toEqual(before);
  });
});
