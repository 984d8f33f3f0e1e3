import type { Metadata } from "next";
import { Board } from "@/components/admin/board/Board";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { dayLabel } from "@/lib/festival-time";
import { dayViewProps, editionOfDay, pageData } from "@/server/page-data";
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
      <EditionPageHeading slug={slug} back={edition.name}>
        Board: {dayLabel(day)}
      </EditionPageHeading>
      <Board key={day} {...dayViewProps(board, day)} userId={actor?.id ?? null} />
    </div>
  );
}
