/**
 * Runs an import off the request thread, so that a 5 MB, 20,000-entry import never holds up
 * other requests (issue 12 §4.5: /api/health answers in under 200 ms during any import).
 *
 * A body over INLINE_IMPORT_BYTES is handed to a worker thread (import-worker.ts), one import
 * at a time (2 cores; SQLite writes one at a time anyway). `new Worker(new URL("./x.ts",
 * import.meta.url))` is the form Next's Turbopack bundles as a separate server entry; run from
 * source (vitest, tsx) the worker gets tsx's loader. If a worker cannot start at all, the import
 * runs on the request thread (and says so once in the log) rather than failing.
 */
import { Worker } from "node:worker_threads";
import { authorise } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { commitImport, type ImportPreview, type ImportResult, previewImport } from "./catalogue-import";
import type { ImportJob, ImportReply } from "./import-job";

/** Bodies up to this size are read on the request thread (a few milliseconds); larger ones in a worker. */
export const INLINE_IMPORT_BYTES = 64_000;

let queue: Promise<unknown> = Promise.resolve();
let noWorker: string | null = null;

function sizeOf(body: Uint8Array | string): number {
  return typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
}

function inline(job: ImportJob): ImportPreview | ImportResult {
  return job.kind === "preview" ? previewImport(job.actor, job.body, job.opts) : commitImport(job.actor, job.body, job.opts);
}

function unwrap(reply: ImportReply): ImportPreview | ImportResult {
  if (reply.ok) return reply.result;
  if ("error" in reply) throw new ServiceError(reply.error.code, reply.error.message, reply.error.fields, reply.error.details);
  throw new Error(`import worker failed: ${reply.crash}`);
}

const LOAD_ERRORS = new Set(["ERR_UNKNOWN_FILE_EXTENSION", "ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND", "ERR_WORKER_PATH"]);

/**
 * Run from source (vitest) the worker is a .ts file and needs tsx's loader; inside Next
 * (NEXT_RUNTIME is set) Turbopack has bundled it into plain JS.
 */
const FROM_SOURCE = !process.env.NEXT_RUNTIME;

function inWorker(job: ImportJob): Promise<ImportPreview | ImportResult> {
  return new Promise((resolve, reject) => {
    const settle = (answer: () => ImportPreview | ImportResult) => {
      try {
        resolve(answer());
      } catch (e) {
        reject(e);
      }
    };
    let worker: Worker;
    try {
      // Written inline, as Turbopack recognises it: the worker file becomes its own bundled entry.
      worker = FROM_SOURCE
        ? new Worker(new URL("./import-worker.ts", import.meta.url), { execArgv: ["--import", "tsx"] })
        : new Worker(new URL("./import-worker.ts", import.meta.url));
    } catch (e) {
      settle(() => fallBack(job, e));
      return;
    }
    let answered = false;
    worker.once("message", (reply: ImportReply) => {
      answered = true;
      void worker.terminate();
      settle(() => unwrap(reply));
    });
    worker.once("error", (e: Error & { code?: string }) => {
      if (answered) return;
      answered = true;
      if (e.code && LOAD_ERRORS.has(e.code)) settle(() => fallBack(job, e));
      else reject(e);
    });
    worker.once("exit", (code) => {
      if (answered) return;
      answered = true;
      reject(new Error(`import worker exited with code ${code} before answering`));
    });
    worker.postMessage(job);
  });
}

function fallBack(job: ImportJob, e: unknown): ImportPreview | ImportResult {
  if (!noWorker) {
    noWorker = e instanceof Error ? e.message : String(e);
    console.warn(`[lineup] import worker unavailable (${noWorker.split("\n")[0]}); imports are read on the request thread`);
  }
  return inline(job);
}

/**
 * An import preview (dry run) or commit, authorised first; large bodies are read in a worker,
 * one at a time. Answers as previewImport / commitImport do (ServiceErrors included).
 */
export async function runImport(job: ImportJob): Promise<ImportPreview | ImportResult> {
  authorise(job.actor, "edit");
  if (sizeOf(job.body) <= INLINE_IMPORT_BYTES || noWorker) return inline(job);
  const turn = queue.then(() => inWorker(job));
  queue = turn.catch(() => undefined);
  return turn;
}
