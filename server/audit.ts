/** Writes the audit trail: called inside the same transaction as the change it records. */
import type { DB } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import type { User } from "./auth";

export type AuditEntity =
  | "film"
  | "edition"
  | "venue"
  | "slot"
  | "screening"
  | "release"
  | "user"
  | "token"
  | "import"
  | "person"
  | "scenario";

export function audit(
  db: DB,
  actor: User | null,
  e: {
    entity: AuditEntity;
    entityId?: number | null;
    editionId?: number | null;
    action: string;
    summary?: string;
    before?: unknown;
    after?: unknown;
  },
): void {
  insertAudit(db, {
    userId: actor?.id ?? null,
    userEmail: actor?.email ?? null,
    editionId: e.editionId ?? null,
    entity: e.entity,
    entityId: e.entityId ?? null,
    action: e.action,
    summary: e.summary ?? "",
    before: e.before ?? null,
    after: e.after ?? null,
  });
}
