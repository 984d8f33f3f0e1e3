import type { Metadata } from "next";
import { ConflictList } from "@/components/admin/ConflictList";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { conflictSlots } from "@/lib/conflict-words";
import { pageData } from "@/server/page-data";
import { getBoard } from "@/server/services/schedule";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition: slug } = await params;
  const actor = await requireSignedIn("/admin");
  const board = pageData(() => getBoard(actor, slug));
  const place = { edition: slug, timeZone: board.edition.timeZone, known: conflictSlots(board.slots, board.venues) };
  return (
    <div className="grid gap-4">
      <EditionPageHeading slug={slug} back={board.edition.name}>
        Conflicts
      </EditionPageHeading>
      <p>Errors block a release; warnings do not.</p>
      <ConflictList conflicts={board.conflicts} place={place} />
    </div>
  );
}
