"use client";

import Link from "next/link";
import { quietButtonClass } from "@/components/admin/Field";
import { addDays, dayLabel } from "@/lib/festival-time";
import { inLineup } from "@/lib/lineup-links";
import type { BoardEdition } from "./types";

/** The days before and after, the list view, the day's span, and undo/redo with what they would undo. */
export function BoardToolbar({
  edition,
  day,
  dayMinutes,
  undo,
  redo,
  children,
}: {
  edition: BoardEdition;
  day: string;
  dayMinutes: number;
  undo: { run: () => void; label?: string; disabled: boolean };
  redo: { run: () => void; label?: string; disabled: boolean };
  /** The board's view controls (zoom, venues shown). */
  children?: React.ReactNode;
}) {
  const base = `/admin/editions/${edition.slug}`;
  const prev = addDays(day, -1);
  const next = addDays(day, 1);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <nav aria-label="Board days" className="flex flex-wrap gap-3">
        {prev >= edition.firstDay && (
          <Link href={inLineup(`${base}/board/${prev}`, edition.scenarioId)} className="underline">
            ← {dayLabel(prev)}
          </Link>
        )}
        {next <= edition.lastDay && (
          <Link href={inLineup(`${base}/board/${next}`, edition.scenarioId)} className="underline">
            {dayLabel(next)} →
          </Link>
        )}
        <Link href={inLineup(`${base}/days/${day}`, edition.scenarioId)} className="underline">
          List view
        </Link>
        <Link href={`${base}/overview`} className="underline">
          Festival overview
        </Link>
      </nav>
      <span className="text-stone-600">
        Times in {edition.timeZone}; the day runs {edition.dayBreak} to {edition.dayBreak} ({dayMinutes / 60} h).
      </span>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
      <div className="ml-auto flex gap-2">
        <button
          type="button"
          className={quietButtonClass}
          onClick={undo.run}
          disabled={undo.disabled}
          title={undo.label ? `Undo ${undo.label} (Ctrl+Z)` : "Nothing to undo"}
        >
          Undo
        </button>
        <button
          type="button"
          className={quietButtonClass}
          onClick={redo.run}
          disabled={redo.disabled}
          title={redo.label ? `Redo ${redo.label} (Ctrl+Shift+Z)` : "Nothing to redo"}
        >
          Redo
        </button>
      </div>
    </div>
  );
}

/** What the last change did (said politely) or why it was refused (said at once), and a failed reload. */
export function BoardMessages({ status, error, reloadError }: { status: string; error: string; reloadError: Error | null }) {
  return (
    <div className="min-h-6 text-sm">
      <p role="status" aria-live="polite" data-testid="board-status" className="text-green-900">
        {status}
      </p>
      <p role="alert" data-testid="board-error" className="font-medium text-red-800">
        {error}
      </p>
      {reloadError && <p className="text-amber-900">Could not reload the board ({reloadError.message}); showing what was loaded.</p>}
    </div>
  );
}
