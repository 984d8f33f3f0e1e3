/**
 * Read-only looks at a database file from outside the server process (the reliability
 * suite, CLIs): PRAGMA integrity_check, and a digest of every table's content.
 * Opens its own read-only connection; never writes.
 */

import { createHash } from "node:crypto";
import Database from "better-sqlite3";

export function openReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

/** What PRAGMA integrity_check says, one line a problem (["ok"] when there is none). */
export function integrityLines(db: Database.Database): string[] {
  return db
    .prepare<[], { integrity_check: string }>("PRAGMA integrity_check")
    .all()
    .map((r) => r.integrity_check);
}

/** The names of the database's own tables (SQLite's internal ones aside), sorted. */
export function tableNames(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((r) => r.name);
}

/** A table's columns, with their place in the primary key (0: not in it). */
export function tableColumns(db: Database.Database, table: string): { name: string; pk: number }[] {
  return db.prepare<[], { name: string; pk: number }>(`PRAGMA table_info("${table}")`).all();
}

/** "ok", or the first problems integrity_check reports, joined. */
export function integrityCheck(file: string): string {
  const db = openReadOnly(file);
  try {
    return integrityLines(db).slice(0, 10).join("; ");
  } finally {
    db.close();
  }
}

export interface DigestOptions {
  /** table -> columns left out of the digest (e.g. a session's sliding expiry). */
  ignoreColumns?: Record<string, string[]>;
  /** tables left out entirely */
  ignoreTables?: string[];
}

/**
 * Reads every table in one read transaction and hashes its rows in rowid (or primary key) order.
 * Returns table -> sha256 (hex, 16 chars) and the row counts; equal digests mean equal content.
 */
export class TableDigester {
  private db: Database.Database;
  private statements = new Map<string, Database.Statement<[], unknown[]>>();
  private tables: string[] = [];

  constructor(
    file: string,
    private options: DigestOptions = {},
  ) {
    this.db = openReadOnly(file);
  }

  private prepare(): void {
    const names = tableNames(this.db).filter((t) => !(this.options.ignoreTables ?? []).includes(t));
    if (names.join(",") === this.tables.join(",")) return;
    this.tables = names;
    this.statements.clear();
    for (const t of names) {
      const cols = tableColumns(this.db, t);
      const ignore = this.options.ignoreColumns?.[t] ?? [];
      const keep = cols.filter((c) => !ignore.includes(c.name)).map((c) => `"${c.name}"`);
      const pk = cols
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => `"${c.name}"`);
      const definition = this.db.prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = ?").get(t)?.sql ?? "";
      const withoutRowid = definition.toUpperCase().includes("WITHOUT ROWID");
      const order = withoutRowid ? pk.join(", ") || keep.join(", ") : "rowid";
      this.statements.set(t, this.db.prepare<[], unknown[]>(`SELECT ${keep.join(", ")} FROM "${t}" ORDER BY ${order}`).raw(true));
    }
  }

  digest(): { tables: Record<string, string>; rows: Record<string, number>; all: string } {
    return this.db.transaction(() => {
      this.prepare();
      const tables: Record<string, string> = {};
      const rows: Record<string, number> = {};
      const all = createHash("sha256");
      for (const t of this.tables) {
        const h = createHash("sha256");
        let n = 0;
        for (const row of this.statements.get(t)?.iterate() ?? []) {
          n += 1;
          for (const v of row) {
            h.update(v === null ? "\u0000N" : Buffer.isBuffer(v) ? v : `${typeof v}:${String(v)}`);
            h.update("\u0001");
          }
          h.update("\u0002");
        }
        tables[t] = h.digest("hex").slice(0, 16);
        rows[t] = n;
        all.update(`${t}=${tables[t]};`);
      }
      return { tables, rows, all: all.digest("hex") };
    })();
  }

  close(): void {
    this.db.close();
  }
}
