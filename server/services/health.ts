/** Liveness for load balancers and the test suite: the database answers. No login. */
import { databaseAnswers } from "@/db/queries/health";

export function health(): { ok: boolean } {
  return { ok: databaseAnswers() };
}
