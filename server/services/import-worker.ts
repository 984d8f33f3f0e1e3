/**
 * The import, run in a worker thread (see import-runner.ts): reading a 5 MB archive page,
 * deduplicating its 20,000 entries and writing them takes seconds of CPU that must not
 * block the server's request thread. The worker opens its own connection to the same
 * database (WAL: readers are never blocked; the write is one IMMEDIATE transaction, as on the
 * request thread), runs the same service functions, and closes the connection when done.
 */
import { parentPort } from "node:worker_threads";
import { closeAll } from "@/db/client";
import { ServiceError } from "@/server/errors";
import { commitImport, previewImport } from "./catalogue-import";
import type { ImportJob, ImportReply } from "./import-job";
import { yieldToRequests } from "./worker-priority";

function run(job: ImportJob): ImportReply {
  try {
    const result = job.kind === "preview" ? previewImport(job.actor, job.body, job.opts) : commitImport(job.actor, job.body, job.opts);
    return { ok: true, result };
  } catch (e) {
    if (e instanceof ServiceError) return { ok: false, error: { code: e.code, message: e.message, fields: e.fields, details: e.details } };
    return { ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  } finally {
    closeAll();
  }
}

yieldToRequests();
parentPort?.on("message", (job: ImportJob) => {
  parentPort?.postMessage(run(job));
});
