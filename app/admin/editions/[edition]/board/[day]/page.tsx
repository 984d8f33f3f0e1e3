import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Board } from "@/components/admin/board/Board";
import { dayLabel, isIsoDay } from "@/lib/festival-time";
import { ServiceError } from "@/server/errors";
import { getBoard } from "@/server/services/schedule";
import { currentActor } from "@/server/session";

export const metadata: Metadata = { title: "Board" };

/** The scheduling board of one festival day (day-break to day-break). */
export default async function BoardPage({ params }: { params: Promise<{ edition: string; day: string }> }) {
  const { edition: slug, day } = await params;
  if (!isIsoDay(day)) notFound();
  let board: ReturnType<typeof getBoard>;
  try {
    // Every slot of the edition: the board needs them all to know which films are scheduled.
    board = getBoard(await currentActor(), slug);
  } catch (e) {
    if (e instanceof ServiceError && e.code === "not_found") notFound();
    throw e;
  }
  const { edition } = board;
  if (day < edition.firstDay || day > edition.lastDay) notFound();
  return (
    // The board is wider than the admin column: let it use the window's width.
    <div className="grid gap-3" style={{ width: "calc(100vw - 3rem)", marginLeft: "calc(50% - 50vw + 1.5rem)" }}>
      <p className="text-sm">
        <Link href={`/admin/editions/${slug}`} className="underline">
          {edition.name}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Board: {dayLabel(day)}</h1>
      <Board
        key={day}
        edition={{
          slug: edition.slug,
          name: edition.name,
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
