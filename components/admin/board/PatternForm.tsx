"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isClockTime } from "@/lib/festival-time";
import { ApiError, api } from "../../api";
import { buttonClass } from "../Field";
import type { SlotView } from "./useBoard";

/**
 * "Every day 14:00, 17:00, 20:30 in Venue 2, 150 min": one POST, one transaction;
 * the server refuses the whole pattern (400 naming the field) if any time is invalid on any day.
 */
export function PatternForm({
  slug,
  day,
  venues,
  onCreated,
}: {
  slug: string;
  day: string;
  venues: { id: number; name: string }[];
  onCreated: (message: string) => void;
}) {
  const qc = useQueryClient();
  const [venueId, setVenueId] = useState(venues[0]?.id ?? 0);
  const [times, setTimes] = useState("");
  const [minutes, setMinutes] = useState("150");
  const [scope, setScope] = useState<"all" | "day">("all");
  const list = times.split(/[\s,;]+/).filter(Boolean);
  const badLocal = list.find((t) => !isClockTime(t));
  const create = useMutation({
    mutationFn: (body: { venueId: number; times: string[]; minutes: number; days?: string[] }) =>
      api<{ slots: SlotView[] }>(`/api/v1/editions/${encodeURIComponent(slug)}/slots/pattern`, { method: "POST", body }),
    onSuccess: (r) => {
      const venue = venues.find((v) => v.id === venueId)?.name ?? "the venue";
      onCreated(`${r.slots.length} slot${r.slots.length === 1 ? "" : "s"} created in ${venue}`);
      setTimes("");
    },
    onSettled: () => qc.invalidateQueries({ queryKey: ["slots", slug] }),
  });
  const err = create.error instanceof ApiError ? create.error : null;
  return (
    <form
      aria-label="Daily pattern"
      className="flex flex-wrap items-end gap-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        if (badLocal || list.length === 0) return;
        create.mutate({ venueId, times: list, minutes: Number(minutes), ...(scope === "day" ? { days: [day] } : {}) });
      }}
    >
      <label className="grid gap-1">
        <span className="font-medium">Venue</span>
        <select value={venueId} onChange={(e) => setVenueId(Number(e.target.value))} className="rounded border border-stone-400 px-2 py-1">
          {venues.map((v) => (
            <option key={v.id} value={v.id}>{v.name}</option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Start times</span>
        <input value={times} onChange={(e) => setTimes(e.target.value)} placeholder="14:00, 17:00, 20:30" className="w-48 rounded border border-stone-400 px-2 py-1" aria-invalid={!!badLocal} />
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Minutes each</span>
        <input inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} className="w-20 rounded border border-stone-400 px-2 py-1" />
      </label>
      <fieldset className="grid gap-1">
        <legend className="font-medium">Days</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="pattern-scope" checked={scope === "all"} onChange={() => setScope("all")} /> every festival day
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="pattern-scope" checked={scope === "day"} onChange={() => setScope("day")} /> this day only
        </label>
      </fieldset>
      <button type="submit" className={buttonClass} disabled={create.isPending || list.length === 0 || !!badLocal || !/^\d+$/.test(minutes)}>
        Create slots
      </button>
      <p className="w-full" aria-live="polite">
        {badLocal && <span className="text-red-800">“{badLocal}” is not a time like 20:30</span>}
      </p>
      {create.isError && (
        <p role="alert" className="w-full text-red-800">
          Nothing created: {err ? `${err.message}` : String(create.error)}
        </p>
      )}
    </form>
  );
}
