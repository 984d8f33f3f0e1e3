/**
 * Runs the draft's solver off the request thread: HiGHS (WebAssembly) is synchronous and may take
 * the whole time limit, so each solve runs in a worker thread (draft-worker.ts), one at a time
 * (2 cores). The form `new Worker(new URL("./x.ts", import.meta.url))` is what Next's Turbopack
 * bundles as a separate server entry (as for the import worker); run from source (vitest) the
 * worker gets tsx's loader. The worker stays between drafts (unreferenced while idle), so HiGHS's
 * WebAssembly is compiled and warmed once per server. If a worker cannot start at all, the solve runs inline, said once in the log.
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

/** The solver's worker, kept between drafts (HiGHS's WebAssembly is compiled and warmed once). */
let current: Worker | null = null;

function workerFor(): Worker {
  if (current) return current;
  // Written inline, as Turbopack recognises it: the worker file becomes its own bundled entry.
  const worker = FROM_SOURCE
    ? new Worker(new URL("./draft-worker.ts", import.meta.url), { execArgv: ["--import", "tsx"] })
    : new Worker(new URL("./draft-worker.ts", import.meta.url));
  worker.unref();
  worker.on("exit", () => {
    if (current === worker) current = null;
  });
  current = worker;
  return worker;
}

function inWorker(job: SolveJob): Promise<SolverOutcome> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = workerFor();
    } catch (e) {
      fallBack(job, e).then(resolve, reject);
      return;
    }
    // HiGHS keeps to its time limit; a worker silent long after it is stopped.
    const stuck = setTimeout(() => void worker.terminate(), (job.timeLimitSeconds + 60) * 1000);
    const done = () => {
      clearTimeout(stuck);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      worker.unref();
    };
    const onMessage = (reply: SolveReply) => {
      done();
      if (reply.ok) resolve(reply.outcome);
      else reject(new Error(`draft worker failed: ${reply.crash}`));
    };
    const onError = (e: Error & { code?: string }) => {
      done();
      current = null;
      void worker.terminate();
      if (e.code && LOAD_ERRORS.has(e.code)) fallBack(job, e).then(resolve, reject);
      else reject(e);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`draft worker exited with code ${code} before answering`));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.ref();
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
