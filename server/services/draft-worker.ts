/**
 * The draft's solver in a worker thread (see draft-solver.ts): HiGHS runs synchronously for up to
 * the draft's time limit, which must not block the server's request thread. It lowers its own
 * priority as the import worker does, so requests get the CPU first.
 */
import { parentPort } from "node:worker_threads";
import { solveDraftLp } from "@/lib/draft/solve";
import type { SolveJob, SolveReply } from "./draft-solver";
import { yieldToRequests } from "./worker-priority";

async function run(job: SolveJob): Promise<SolveReply> {
  try {
    return { ok: true, outcome: await solveDraftLp(job.lp, job.timeLimitSeconds) };
  } catch (e) {
    return { ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

yieldToRequests();
parentPort?.on("message", (job: SolveJob) => {
  void run(job).then((reply) => parentPort?.postMessage(reply));
});
