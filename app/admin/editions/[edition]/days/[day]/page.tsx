import type { Metadata } from "next";
import Link from "next/link";
import { DayView } from "@/components/admin/DayView";
import { dayLabel } from "@/lib/festival-time";
import { editionOfDay, pageData } from "@/server/page-data";
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
