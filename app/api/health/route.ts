import { connection } from "@/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database check for load balancers and the test suite. */
export function GET() {
  const ok = connection().sqlite.prepare("select 1 as ok").get() as { ok: number };
  return Response.json({ ok: ok.ok === 1 });
}
