/** Where each edition's public site was last published: one row per edition and target. */
import { eq, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { sitePublications } from "@/db/schema";

export type PublishTargetName = (typeof sitePublications.$inferSelect)["target"];
export type PublishState = (typeof sitePublications.$inferSelect)["state"];

export interface SitePublication {
  target: PublishTargetName;
  /** The folder or s3:// address. */
  location: string;
  version: number;
  state: PublishState;
  attempts: number;
  error: string | null;
  publishedVersion: number | null;
  updatedAt: Date;
}

export function listSitePublications(db: DB, editionId: number): SitePublication[] {
  return db
    .select({
      target: sitePublications.target,
      location: sitePublications.location,
      version: sitePublications.version,
      state: sitePublications.state,
      attempts: sitePublications.attempts,
      error: sitePublications.error,
      publishedVersion: sitePublications.publishedVersion,
      updatedAt: sitePublications.updatedAt,
    })
    .from(sitePublications)
    .where(eq(sitePublications.editionId, editionId))
    .orderBy(sitePublications.target)
    .all();
}

/** Records a target's state for a release; publishedVersion moves only when the release arrived whole. */
export function recordSitePublication(
  db: DB,
  editionId: number,
  target: PublishTargetName,
  row: { location: string; version: number; state: PublishState; attempts: number; error: string | null },
): void {
  const now = new Date();
  const published = row.state === "published" ? row.version : null;
  // Another location starts afresh: what the old one received says nothing about the new one.
  db.insert(sitePublications)
    .values({ editionId, target, ...row, publishedVersion: published, updatedAt: now })
    .onConflictDoUpdate({
      target: [sitePublications.editionId, sitePublications.target],
      set: {
        ...row,
        updatedAt: now,
        publishedVersion:
          published ??
          sql`case when ${sitePublications.location} = ${row.location} then ${sitePublications.publishedVersion} else null end`,
      },
    })
    .run();
}
