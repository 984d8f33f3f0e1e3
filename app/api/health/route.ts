import { health } from "@/server/services/health";

export const dynamic = "force-dynamic";

/** Liveness and database check for load balancers and the test suite. */
export function GET() {
  return Response.json(health());
}
