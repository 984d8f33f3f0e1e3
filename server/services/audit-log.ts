/** Reading the audit trail: per edition, per record, per user. */
import { getDb } from "@/db/client";
import { type AuditEntry, listAudit } from "@/db/queries/audit";
import { getEditionBySlug } from "@/db/queries/editions";
import { type Actor, authorise } from "@/server/auth";
import { notFound } from "@/server/errors";
import { auditQuery } from "@/server/schemas";
import { parse } from "@/server/validate";

/** Admins see everything; others see the trail of the editions they may read. */
export function listAuditLog(actor: Actor, query: unknown = {}): AuditEntry[] {
  const f = parse(auditQuery, query);
  let editionId: number | undefined;
  if (f.edition) {
    const e = getEditionBySlug(getDb(), f.edition);
    if (!e) throw notFound(`Edition "${f.edition}"`);
    authorise(actor, "read", e.id);
    editionId = e.id;
  } else authorise(actor, "admin");
  return listAudit(getDb(), { editionId, entity: f.entity, entityId: f.entityId, userId: f.userId, beforeId: f.beforeId, limit: f.limit });
}
