/**
 * The admin's database download: a consistent copy of the live database, made with SQLite's
 * online backup API (db/backup.ts) while the server keeps serving, checked before it is sent.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { backupTo } from "@/db/backup";
import { type Actor, authorise } from "@/server/auth";

export interface BackupDownload {
  fileName: string;
  bytes: number;
  /** The copy, already unlinked from the file system: read it, then close it. */
  fd: number;
  counts: Record<string, number>;
}

function stamp(d = new Date()): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/** Admin only (401 for the public, 403 for other roles). */
export async function downloadBackup(actor: Actor): Promise<BackupDownload> {
  authorise(actor, "admin");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-backup-"));
  const file = path.join(dir, "lineup.db");
  try {
    const r = await backupTo(file);
    const fd = fs.openSync(file, "r");
    return { fileName: `lineup-${stamp()}.db`, bytes: r.bytes, fd, counts: r.counts };
  } finally {
    // The open descriptor keeps the data readable; nothing is left on disk.
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
