import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConflictList } from "@/components/admin/ConflictList";
import { ServiceError } from "@/server/errors";
import { getBoard } from "@/server/services/schedule";
import { currentActor } from "@/server/session";

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition: slug } = await params;
  let board: ReturnType<typeof getBoard>;
  try {
    board = getBoard(await currentActor(), slug);
  } catch (e) {
    if (e instanceof ServiceError && e.code === "not_found") notFound();
    throw e;
  }
  const dayOfSlot = new Map(board.slots.map((s) => [s.id, s.festivalDay]));
  return (
    <div className="grid gap-4">
      <p className="text-sm">
        <Link href={`/admin/editions/${slug}`} className="underline">
          {board.edition.name}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Conflicts</h1>
      <p>Errors block a release; warnings do not.</p>
      <ConflictList
        conflicts={board.conflicts}
        link={(slotId) => (dayOfSlot.has(slotId) ? `/admin/editions/${slug}/days/${dayOfSlot.get(slotId)}#slot-${slotId}` : null)}
      />
    </div>
  );
}
