import type { Metadata } from "next";
import Link from "next/link";
import { Board } from "@/components/admin/board/Board";
import { dayLabel } from "@/lib/festival-time";
import { editionOfDay, pageData } from "@/server/page-data";
import { getBoard } from "@/server/services/schedule";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Board" };

/** The scheduling board of one festival day (day-break to day-break). */
export default async function BoardPage({ params }: { params: Promise<{ edition: string; day: string }> }) {
  const { edition: slug, day } = await params;
  await editionOfDay(slug, day);
  const actor = await requireSignedIn("/admin");
  // Every slot of the edition: the board needs them all to know which films are scheduled.
  const board = pageData(() => getBoard(actor, slug));
  const { edition } = board;
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
