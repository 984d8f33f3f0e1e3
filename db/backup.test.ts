import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupTo, restoreFrom, TargetInUseError, verifyDatabaseFile } from "./backup";
import { openDatabase } from "./client";

let dir: string;
const open: Database.Database[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-backup-test-"));
});

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A migrated Lineup database at `file` with `films` films (and one edition named `edition`). */
function lineupDb(file: string, films: number, edition = "backup-test"): Database.Database {
  const { sqlite } = openDatabase(file);
  open.push(sqlite);
  const insert = sqlite.prepare("INSERT INTO films (title, runtime_minutes, synopsis) VALUES (?, ?, ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < films; i++) insert.run(`seed-${i}`, 90, crypto.randomBytes(300).toString("hex"));
    sqlite
      .prepare(
        "INSERT INTO editions (slug, name, first_day, last_day, time_zone) VALUES (?, ?, '2026-10-23', '2026-10-25', 'Europe/Lisbon')",
      )
      .run(edition, edition);
  })();
  return sqlite;
}

function sha(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

describe("backupTo", () => {
  it("makes a sound, complete copy while another connection keeps writing between the backup's steps", async () => {
    const source = path.join(dir, "live.db");
    lineupDb(source, 3000);
    // The writer: a second connection, as the running server would be.
    const writer = new Database(source);
    open.push(writer);
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare("INSERT INTO films (title, runtime_minutes) VALUES (?, 100)");
    let written = 0;
    let steps = 0;
    const copy = path.join(dir, "copy.db");
    const r = await backupTo(copy, {
      source,
      pagesPerStep: 16,
      onStep: () => {
        steps += 1;
        for (let i = 0; i < 5; i++) insert.run(`w-${written++}`);
      },
    });
    // and some more after the backup: they must not be in the copy
    for (let i = 0; i < 5; i++) insert.run(`after-${i}`);

    expect(steps).toBeGreaterThan(1);
    expect(written).toBeGreaterThan(0);
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    const c = new Database(copy, { readonly: true });
    open.push(c);
    expect(c.pragma("integrity_check", { simple: true })).toBe("ok");
    const seeds = (c.prepare("SELECT count(*) AS n FROM films WHERE title LIKE 'seed-%'").get() as { n: number }).n;
    expect(seeds).toBe(3000);
    // The copy is one moment of the writer's history: a prefix w-0 .. w-(k-1), nothing after.
    const ws = (c.prepare("SELECT title FROM films WHERE title LIKE 'w-%' ORDER BY id").all() as { title: string }[]).map((x) => x.title);
    expect(ws).toEqual(ws.map((_, i) => `w-${i}`));
    expect(ws.length).toBeLessThanOrEqual(written);
    expect((c.prepare("SELECT count(*) AS n FROM films WHERE title LIKE 'after-%'").get() as { n: number }).n).toBe(0);
    expect(r.counts.films).toBe(3000 + ws.length);
    expect(r.counts.editions).toBe(1);
    // A single file: no -wal needed next to it.
    expect(fs.existsSync(`${copy}-wal`)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("refuses to overwrite an existing file or the database itself", async () => {
    const source = path.join(dir, "live.db");
    lineupDb(source, 1);
    const copy = path.join(dir, "copy.db");
    fs.writeFileSync(copy, "keep me");
    await expect(backupTo(copy, { source })).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(copy, "utf8")).toBe("keep me");
    await expect(backupTo(source, { source })).rejects.toThrow(/must not be the database itself/);
  });
});

describe("verifyDatabaseFile", () => {
  it("accepts a Lineup database", () => {
    const file = path.join(dir, "ok.db");
    lineupDb(file, 2).close();
    const v = verifyDatabaseFile(file);
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.counts.films).toBe(2);
    expect(v.migrations).toBeGreaterThan(0);
  });

  it("refuses a file that is not SQLite", () => {
    const file = path.join(dir, "notes.db");
    fs.writeFileSync(file, "this is not a database\n".repeat(200));
    const v = verifyDatabaseFile(file);
    expect(v.ok).toBe(false);
    expect(v.problems.join(" ")).toMatch(/not an SQLite database/);
  });

  it("refuses a missing file and an empty file", () => {
    expect(verifyDatabaseFile(path.join(dir, "nope.db")).problems.join(" ")).toMatch(/does not exist/);
    fs.writeFileSync(path.join(dir, "empty.db"), "");
    expect(verifyDatabaseFile(path.join(dir, "empty.db")).ok).toBe(false);
  });

  it("refuses an SQLite database that is not Lineup's", () => {
    const file = path.join(dir, "other.db");
    const db = new Database(file);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    db.close();
    const v = verifyDatabaseFile(file);
    expect(v.ok).toBe(false);
    expect(v.problems.join(" ")).toMatch(/not a Lineup database/);
  });

  it("refuses a Lineup database that lost a table", () => {
    const file = path.join(dir, "broken.db");
    const db = lineupDb(file, 1);
    db.pragma("foreign_keys = OFF");
    db.exec("DROP TABLE releases");
    db.close();
    const v = verifyDatabaseFile(file);
    expect(v.ok).toBe(false);
    expect(v.problems.join(" ")).toMatch(/missing table\(s\) releases/);
  });

  it("refuses a truncated copy", () => {
    const file = path.join(dir, "full.db");
    lineupDb(file, 2000).close();
    const cut = path.join(dir, "cut.db");
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(verifyDatabaseFile(cut).ok).toBe(false);
  });

  it("leaves no -wal/-shm behind next to the checked file", () => {
    const file = path.join(dir, "ok.db");
    lineupDb(file, 1).close();
    verifyDatabaseFile(file);
    expect(fs.readdirSync(dir).sort()).toEqual(["ok.db"]);
  });
});

describe("restoreFrom", () => {
  it("replaces the target atomically and keeps the previous database", async () => {
    const target = path.join(dir, "data", "lineup.db");
    lineupDb(target, 5, "old-edition").close();
    const backup = path.join(dir, "backup.db");
    const src = path.join(dir, "src.db");
    lineupDb(src, 7, "new-edition").close();
    await backupTo(backup, { source: src });
    // stale sidecars of the old database must not be applied to the new one
    fs.writeFileSync(`${target}-shm`, Buffer.alloc(32768));

    const r = await restoreFrom(backup, target);
    expect(r.previous).toMatch(/lineup\.db\.before-restore-\d{8}T\d{6}Z$/);
    const now = new Database(target, { readonly: true });
    open.push(now);
    expect(now.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(now.prepare("SELECT slug FROM editions").all()).toEqual([{ slug: "new-edition" }]);
    expect((now.prepare("SELECT count(*) AS n FROM films").get() as { n: number }).n).toBe(7);
    now.close();
    const old = new Database(r.previous!, { readonly: true });
    open.push(old);
    expect(old.prepare("SELECT slug FROM editions").all()).toEqual([{ slug: "old-edition" }]);
    expect((old.prepare("SELECT count(*) AS n FROM films").get() as { n: number }).n).toBe(5);
    old.close();
    expect(fs.readdirSync(path.dirname(target)).filter((f) => f.includes(".restore-"))).toEqual([]);
    // the app opens it as usual (WAL, migrations)
    const app = openDatabase(target);
    open.push(app.sqlite);
    expect(app.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
  });

  it("keeps committed rows that were still only in the old database's WAL", async () => {
    const target = path.join(dir, "lineup.db");
    lineupDb(target, 1, "old-edition").close();
    // A server killed with -9: its last commit is in lineup.db-wal, not yet in lineup.db.
    const script = `
      const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
      const db = new Database(${JSON.stringify(target)});
      db.pragma("journal_mode = WAL"); db.pragma("wal_autocheckpoint = 0");
      db.prepare("INSERT INTO films (title) VALUES ('only-in-wal')").run();
      process.kill(process.pid, "SIGKILL");`;
    spawnSync(process.execPath, ["-e", script]);
    expect(fs.statSync(`${target}-wal`).size).toBeGreaterThan(0);
    const backup = path.join(dir, "backup.db");
    const src = path.join(dir, "src.db");
    lineupDb(src, 1, "new-edition").close();
    await backupTo(backup, { source: src });

    const r = await restoreFrom(backup, target);
    const old = new Database(r.previous!, { readonly: true });
    open.push(old);
    expect(old.prepare("SELECT count(*) AS n FROM films WHERE title = 'only-in-wal'").get()).toEqual({ n: 1 });
  });

  it("refuses, touching nothing, when the target is locked by another connection in an exclusive transaction", async () => {
    const target = path.join(dir, "lineup.db");
    const server = lineupDb(target, 3, "live-edition");
    server.exec("BEGIN EXCLUSIVE");
    const backup = path.join(dir, "backup.db");
    const src = path.join(dir, "src.db");
    lineupDb(src, 1, "new-edition").close();
    await backupTo(backup, { source: src });
    const before = fs.readdirSync(dir).sort();

    await expect(restoreFrom(backup, target)).rejects.toBeInstanceOf(TargetInUseError);
    server.exec("COMMIT");
    expect(server.prepare("SELECT slug FROM editions").all()).toEqual([{ slug: "live-edition" }]);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it("refuses while a server merely has the target open (idle connection)", async () => {
    const target = path.join(dir, "lineup.db");
    const server = lineupDb(target, 3, "live-edition");
    const backup = path.join(dir, "backup.db");
    const src = path.join(dir, "src.db");
    lineupDb(src, 1, "new-edition").close();
    await backupTo(backup, { source: src });

    await expect(restoreFrom(backup, target)).rejects.toThrow(/in use by another connection/);
    expect(server.prepare("SELECT slug FROM editions").all()).toEqual([{ slug: "live-edition" }]);
    expect(server.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(fs.readdirSync(dir).filter((f) => f.includes("before-restore") || f.includes(".restore-"))).toEqual([]);
  });

  it("refuses a file that is not a Lineup database before touching the target", async () => {
    const target = path.join(dir, "lineup.db");
    lineupDb(target, 3).close();
    const hash = sha(target);
    const other = path.join(dir, "other.db");
    const db = new Database(other);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY)");
    db.close();
    await expect(restoreFrom(other, target)).rejects.toThrow(/not a Lineup database/);
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, crypto.randomBytes(8192));
    await expect(restoreFrom(junk, target)).rejects.toThrow(/not an SQLite database/);
    expect(sha(target)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual(["junk.db", "lineup.db", "other.db"]);
  });

  it("restores into a place where there was no database yet", async () => {
    const src = path.join(dir, "src.db");
    lineupDb(src, 2, "fresh").close();
    const backup = path.join(dir, "backup.db");
    await backupTo(backup, { source: src });
    const target = path.join(dir, "new", "lineup.db");
    const r = await restoreFrom(backup, target);
    expect(r.previous).toBeNull();
    expect(verifyDatabaseFile(target).counts.films).toBe(2);
  });
});

describe("uploaded images travel inside the backup (LINEUP_DATA_DIR/images)", () => {
  const KEY = "0123456789abcdef0123456789abcdef";
  const files: Record<string, Buffer> = {
    [`films/${KEY}/original`]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
    [`films/${KEY}/320.webp`]: crypto.randomBytes(200),
    [`films/${KEY}/320.avif`]: crypto.randomBytes(150),
    [`logos/${KEY}.svg`]: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    // not a stored image's name: never carried
    "notes.txt": Buffer.from("left alone"),
  };

  it("a backup carries every stored image file; a restore writes them back into the target's images folder and drops them from the database", async () => {
    const source = path.join(dir, "live", "lineup.db");
    lineupDb(source, 2).close();
    for (const [name, bytes] of Object.entries(files)) {
      const f = path.join(dir, "live", "images", name);
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, bytes);
    }
    const backup = path.join(dir, "backup.db");
    const r = await backupTo(backup, { source });
    expect(r.images).toBe(4);
    expect(verifyDatabaseFile(backup).problems).toEqual([]);

    const target = path.join(dir, "elsewhere", "lineup.db");
    const restored = await restoreFrom(backup, target);
    expect(restored.images).toBe(4);
    for (const [name, bytes] of Object.entries(files)) {
      const f = path.join(dir, "elsewhere", "images", name);
      if (name === "notes.txt") expect(fs.existsSync(f)).toBe(false);
      else expect(fs.readFileSync(f).equals(bytes)).toBe(true);
    }
    const now = new Database(target, { readonly: true });
    open.push(now);
    expect(now.prepare("SELECT name FROM sqlite_master WHERE name = 'lineup_backup_files'").all()).toEqual([]);
    expect(now.pragma("integrity_check", { simple: true })).toBe("ok");
    now.close();
    // Restoring again writes nothing: the files are there (named by their content).
    expect((await restoreFrom(backup, target)).images).toBe(0);
  });

  it("the images folder is LINEUP_DATA_DIR/images when it is set", async () => {
    const source = path.join(dir, "db", "lineup.db");
    lineupDb(source, 1).close();
    const dataDir = path.join(dir, "data-dir");
    const f = path.join(dataDir, "images", `logos/${KEY}.png`);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, Buffer.from([0x89, 0x50]));
    process.env.LINEUP_DATA_DIR = dataDir;
    try {
      expect((await backupTo(path.join(dir, "b.db"), { source })).images).toBe(1);
    } finally {
      delete process.env.LINEUP_DATA_DIR;
    }
  });
});
