/**
 * Runs the draft's solver off the request thread: HiGHS (WebAssembly) is synchronous and may take
 * the whole time limit, so each solve runs in a worker thread (draft-worker.ts), one at a time
 * (2 cores). The form `new Worker(new URL("./x.ts", import.meta.url))` is what Next's Turbopack
 * bundles as a separate server entry (as for the import worker); run from source (vitest) the
 * worker gets tsx's loader. If a worker cannot start at all, the solve runs inline, said once in the log.
 */
import { Worker } from "node:worker_threads";
import type { SolverOutcome } from "@/lib/draft/result";
import { solveDraftLp } from "@/lib/draft/solve";

export interface SolveJob {
  lp: string;
  timeLimitSeconds: number;
}

export type SolveReply = { ok: true; outcome: SolverOutcome } | { ok: false; crash: string };

const LOAD_ERRORS = new Set(["ERR_UNKNOWN_FILE_EXTENSION", "ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND", "ERR_WORKER_PATH"]);
const FROM_SOURCE = !process.env.NEXT_RUNTIME;

let queue: Promise<unknown> = Promise.resolve();
let noWorker: string | null = null;

function fallBack(job: SolveJob, e: unknown): Promise<SolverOutcome> {
  if (!noWorker) {
    noWorker = e instanceof Error ? e.message : String(e);
    console.warn(`[lineup] draft worker unavailable (${noWorker.split("\n")[0]}); drafts are solved on the request thread`);
  }
  return solveDraftLp(job.lp, job.timeLimitSeconds);
}

function inWorker(job: SolveJob): Promise<SolverOutcome> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = FROM_SOURCE
        ? new Worker(new URL("./draft-worker.ts", import.meta.url), { execArgv: ["--import", "tsx"] })
        : new Worker(new URL("./draft-worker.ts", import.meta.url));
    } catch (e) {
      fallBack(job, e).then(resolve, reject);
      return;
    }
    let answered = false;
    worker.once("message", (reply: SolveReply) => {
      answered = true;
      void worker.terminate();
      if (reply.ok) resolve(reply.outcome);
      else reject(new Error(`draft worker failed: ${reply.crash}`));
    });
    worker.once("error", (e: Error & { code?: string }) => {
      if (answered) return;
      answered = true;
      if (e.code && LOAD_ERRORS.has(e.code)) fallBack(job, e).then(resolve, reject);
      else reject(e);
    });
    worker.once("exit", (code) => {
      if (answered) return;
      answered = true;
      reject(new Error(`draft worker exited with code ${code} before answering`));
    });
    worker.postMessage(job);
  });
}

/** Solves a draft's LP text in a worker thread, one draft at a time. */
export function solveOffThread(job: SolveJob): Promise<SolverOutcome> {
  if (noWorker) return solveDraftLp(job.lp, job.timeLimitSeconds);
  const turn = queue.then(() => inWorker(job));
  queue = turn.catch(() => undefined);
  return turn;
}
