/** Releases: immutable snapshots, newest first. */
import { desc, eq, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { releases } from "@/db/schema";
import { upgradeSnapshot } from "@/lib/snapshot";
import type { Release, ReleaseChange, ReleaseKind, ReleaseSnapshot } from "@/lib/types";

type ReleaseRow = typeof releases.$inferSelect;

function toRelease({ version, kind, publishedAt, note, changes, snapshot }: ReleaseRow): Release {
  // a release written before a field existed reads with that field's empty value
  return { version, kind, publishedAt, note, changes, snapshot: upgradeSnapshot(snapshot) };
}

export function latestRelease(db: DB, editionId: number): Release | null {
  const r = db.select().from(releases).where(eq(releases.editionId, editionId)).orderBy(desc(releases.version)).limit(1).get();
  return r ? toRelease(r) : null;
}

export function latestReleaseVersion(db: DB, editionId: number): number {
  return (
    db
      .select({ v: sql<number>`coalesce(max(${releases.version}), 0)` })
      .from(releases)
      .where(eq(releases.editionId, editionId))
      .get()?.v ?? 0
  );
}

/** Every release's number, date, note and changes (not the snapshots), newest first. */
export function listReleases(db: DB, editionId: number): Omit<Release, "snapshot">[] {
  return db
    .select({
      version: releases.version,
      kind: releases.kind,
      publishedAt: releases.publishedAt,
      note: releases.note,
      changes: releases.changes,
    })
    .from(releases)
    .where(eq(releases.editionId, editionId))
    .orderBy(desc(releases.version))
    .all();
}

export function insertRelease(
  db: DB,
  editionId: number,
  data: {
    version: number;
    kind: ReleaseKind;
    publishedAt: Date;
    publishedBy: number | null;
    note: string | null;
    snapshot: ReleaseSnapshot;
    changes: ReleaseChange[];
  },
): Release {
  // not read back: the snapshot of a large edition is megabytes of JSON to parse again
  db.insert(releases)
    .values({ ...data, editionId })
    .run();
  return {
    version: data.version,
    kind: data.kind,
    publishedAt: data.publishedAt,
    note: data.note,
    changes: data.changes,
    snapshot: data.snapshot,
  };
}
