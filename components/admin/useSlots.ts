"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/components/api";
import type { SlotView } from "@/server/services/schedule";

export type { SlotView };

const slotsKey = (slug: string, day: string) => ["slots", slug, day] as const;

export function useSlots(slug: string, day: string, initialSlots?: SlotView[]) {
  return useQuery({
    queryKey: slotsKey(slug, day),
    queryFn: () => api<{ slots: SlotView[] }>(`/api/v1/editions/${encodeURIComponent(slug)}/slots?day=${day}`).then((r) => r.slots),
    initialData: initialSlots,
    refetchInterval: 5_000,
  });
}

/** A mutation of the edition's schedule that refreshes the day's slots after it settles. */
export function useScheduleMutation<TVars>(slug: string, _day: string, fn: (vars: TVars) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: ["slots", slug] }),
  });
}
