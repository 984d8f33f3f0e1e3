/** The audit log: every change with who, when, what, before and after. */
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { DB } from "@/db/client";
import { auditLog } from "@/db/schema";

export interface AuditEntry {
  id: number;
  at: Date;
  userId: number | null;
  userEmail: string | null;
  editionId: number | null;
  entity: string;
  entityId: number | null;
  action: string;
  summary: string;
  before: unknown;
  after: unknown;
}

export function insertAudit(db: DB, e: Omit<AuditEntry, "id" | "at">): void {
  db.insert(auditLog)
    .values({ ...e, before: e.before ?? null, after: e.after ?? null })
    .run();
}

export interface AuditFilter {
  editionId?: number;
  entity?: string;
  entityId?: number;
  userId?: number;
  beforeId?: number;
  limit?: number;
}

export function listAudit(db: DB, f: AuditFilter = {}): AuditEntry[] {
  const where: SQL[] = [];
  if (f.editionId !== undefined) where.push(eq(auditLog.editionId, f.editionId));
  if (f.entity) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId !== undefined) where.push(eq(auditLog.entityId, f.entityId));
  if (f.userId !== undefined) where.push(eq(auditLog.userId, f.userId));
  if (f.beforeId !== undefined) where.push(lt(auditLog.id, f.beforeId));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(f.limit ?? 200, 1000))
    .all();
}
