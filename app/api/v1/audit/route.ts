import { actorOf, json, route } from "@/server/http";
import { listAuditLog } from "@/server/services/audit-log";

/** The audit log, newest first: `?edition=slug&entity=film&entityId=3&userId=2&beforeId=&limit=` */
export const GET = route(async (req) => {
  const entries = listAuditLog(actorOf(req), Object.fromEntries(new URL(req.url).searchParams));
  return json({ entries });
});
