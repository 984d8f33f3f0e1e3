"use client";

import { ApiError } from "@/components/api";

/**
 * After a 409 stale_version: discard my change and reload, or send it again onto the
 * version the server has now (given to `reapply`).
 */
export function StaleChoice({
  error,
  onReload,
  reapply,
  what = "change",
}: {
  error: unknown;
  onReload: () => void;
  reapply: (currentVersion: number | undefined) => void;
  what?: string;
}) {
  if (!(error instanceof ApiError) || error.code !== "stale_version") return null;
  const current = error.currentVersion;
  return (
    <p className="flex w-full flex-wrap gap-3 text-sm">
      <button type="button" className="underline" onClick={onReload}>
        Reload (discard my {what})
      </button>
      <button type="button" className="underline" onClick={() => reapply(current)}>
        Reapply my {what} to the current version
      </button>
    </p>
  );
}
