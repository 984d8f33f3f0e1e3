"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { peopleOptions } from "@/components/queries";
import { unavailableBands } from "@/lib/board";
import type { ActiveDrag } from "./types";
import type { BoardModel } from "./useBoardModel";

/** While a screening with guests is dragged: the bands of the day (minutes) when any of its guests is away, and who. */
export function useGuestAway(
  active: ActiveDrag | null,
  model: BoardModel,
): { bands: { start: number; end: number }[]; who: string } | null {
  const people = useQuery(peopleOptions());
  const guests = active?.kind === "screening" ? model.slotById.get(active.slotId)?.screening?.guests : undefined;
  return useMemo(() => {
    if (!guests?.length || !people.data) return null;
    const ids = new Set(guests.map((g) => g.personId));
    const chosen = people.data.filter((p) => ids.has(p.id) && p.availability.length > 0);
    if (chosen.length === 0) return null;
    const withDates = chosen.map((p) => ({ availability: p.availability.map((r) => ({ from: new Date(r.from), to: new Date(r.to) })) }));
    const bands = unavailableBands(model.win, model.total, withDates);
    return bands.length ? { bands, who: chosen.map((p) => p.name).join(", ") } : null;
  }, [guests, people.data, model.win, model.total]);
}
