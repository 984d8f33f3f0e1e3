import type { Metadata } from "next";
import Link from "next/link";
import { VenueSheetPage } from "@/components/admin/StaffSheet";
import { pageData } from "@/server/page-data";
import { staffSheets } from "@/server/services/schedule-sheets";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Staff sheets" };

/** The day's staff sheets: every venue's running order, each on its own A4 page (the working lineup, with internal notes). */
export default async function SheetsPage({ params }: { params: Promise<{ edition: string; day: string }> }) {
  const { edition: slug, day } = await params;
  const actor = await requireSignedIn(`/admin/editions/${slug}/days/${day}/sheets`);
  const sheets = pageData(() => staffSheets(actor, slug, day));
  return (
    <div className="staff-sheets bg-white text-black">
      <div className="no-print mb-4 grid gap-1">
        <p className="text-sm">
          <Link href={`/admin/editions/${slug}/days/${day}`} className="underline">
            {sheets.label}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Staff sheets: {sheets.label}</h1>
        <p className="text-sm">
          The working lineup (not the published release), one A4 page per venue, with internal notes: for projection and front of house
          only. Print this page.
        </p>
        {sheets.idle.length > 0 && <p className="text-sm">No screenings this day: {sheets.idle.join(", ")}.</p>}
      </div>
      {sheets.venues.length === 0 && <p>No slots on this day.</p>}
      {sheets.venues.map((v) => (
        <VenueSheetPage key={v.venue.id} sheet={v} festival={sheets.edition.name} day={sheets.label} />
      ))}
    </div>
  );
}
