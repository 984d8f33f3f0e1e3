import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DayView } from "@/components/admin/DayView";
import { dayLabel, isIsoDay } from "@/lib/festival-time";
import { ServiceError } from "@/server/errors";
import { getBoard } from "@/server/services/schedule";
import { currentActor } from "@/server/session";

export const metadata: Metadata = { title: "Day" };

export default async function DayPage({ params }: { params: Promise<{ edition: string; day: string }> }) {
  const { edition: slug, day } = await params;
  if (!isIsoDay(day)) notFound();
  let board: ReturnType<typeof getBoard>;
  try {
    board = getBoard(await currentActor(), slug, day);
  } catch (e) {
    if (e instanceof ServiceError && e.code === "not_found") notFound();
    throw e;
  }
  const { edition } = board;
  if (day < edition.firstDay || day > edition.lastDay) notFound();
  return (
    <div className="grid gap-4">
      <p className="text-sm">
        <Link href={`/admin/editions/${slug}`} className="underline">
          {edition.name}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{dayLabel(day)}</h1>
      <DayView
        edition={{
          slug: edition.slug,
          timeZone: edition.timeZone,
          dayBreak: edition.dayBreak,
          firstDay: edition.firstDay,
          lastDay: edition.lastDay,
        }}
        venues={board.venues.map((v) => ({ id: v.id, name: v.name, changeoverMinutes: v.changeoverMinutes }))}
        day={day}
        initialSlots={board.slots}
      />
    </div>
  );
}
