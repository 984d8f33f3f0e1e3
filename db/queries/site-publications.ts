/** Where each edition's public site was last published: one row per edition and target. */
import { eq, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { sitePublications } from "@/db/schema";

export type PublishTargetName = (typeof sitePublications.$inferSelect)["target"];
export type PublishState = (typeof sitePublications.$inferSelect)["state"];

export interface SitePublication {
  target: PublishTargetName;
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
  row: { version: number; state: PublishState; attempts: number; error: string | null },
): void {
  const now = new Date();
  const published = row.state === "published" ? row.version : null;
  db.insert(sitePublications)
    .values({ editionId, target, ...row, publishedVersion: published, updatedAt: now })
    .onConflictDoUpdate({
      target: [sitePublications.editionId, sitePublications.target],
      set: {
        ...row,
        updatedAt: now,
        publishedVersion: published ?? sql`${sitePublications.publishedVersion}`,
      },
    })
    .run();
}

export function getSitePublication(db: DB, editionId: number, target: PublishTargetName): SitePublication | null {
  return listSitePublications(db, editionId).find((p) => p.target === target) ?? null;
}
