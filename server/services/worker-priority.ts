import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/**
 * Background work in a worker thread (an import, a draft's solver): the thread lowers its own scheduling priority so that,
 * on a busy machine, the request thread always gets the CPU first. (Linux: setpriority on the
 * thread's own id, read from /proc/thread-self; elsewhere nothing changes.)
 */
export function yieldToRequests(): void {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // not Linux, or not allowed: the work still runs off the request thread
  }
}
