import { editionOfDay } from "@/server/page-data";

/**
 * The layout of a day's pages (board, day view): checks the address (edition, role, day in
 * the festival). It sits outside the page's loading.tsx boundary, so a wrong day is
 * answered with a real 404 status, not a streamed one; the page asks too (same request, once).
 */
export async function FestivalDayGuard({
  params,
  children,
}: {
  params: Promise<{ edition: string; day: string }>;
  children: React.ReactNode;
}) {
  const { edition, day } = await params;
  await editionOfDay(edition, day);
  return children;
}
