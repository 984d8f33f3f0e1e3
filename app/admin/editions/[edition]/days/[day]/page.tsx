import type { Metadata } from "next";
import Link from "next/link";
import { DayView } from "@/components/admin/DayView";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { dayLabel } from "@/lib/festival-time";
import { dayViewProps, editionOfDay, pageData } from "@/server/page-data";
import { getBoard } from "@/server/services/schedule";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Day" };

export default async function DayPage({ params }: { params: Promise<{ edition: string; day: string }> }) {
  const { edition: slug, day } = await params;
  await editionOfDay(slug, day);
  const actor = await requireSignedIn("/admin");
  const board = pageData(() => getBoard(actor, slug, day));
  const { edition } = board;
  return (
    <div className="grid gap-4">
      <EditionPageHeading slug={slug} back={edition.name}>
        {dayLabel(day)}
      </EditionPageHeading>
      <p className="text-sm">
        <Link href={`/admin/editions/${slug}/days/${day}/sheets`} className="underline">
          Staff sheets for this day
        </Link>{" "}
        (running order per venue, to print)
      </p>
      <DayView {...dayViewProps(board, day)} />
    </div>
  );
}
