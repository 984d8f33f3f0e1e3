/** The publish page's list of where each release's public site is copied (issue 14 §2) and how that went. */
import Link from "next/link";
import { toZonedIso } from "@/lib/festival-time";
import type { TargetStatus } from "@/server/services/site-publish";

const NAMES: Record<TargetStatus["target"], string> = { dir: "Folder", s3: "S3 bucket" };

const TONES: Record<NonNullable<TargetStatus["state"]> | "none", string> = {
  published: "bg-green-100 text-green-900",
  publishing: "bg-sky-100 text-sky-900",
  retrying: "bg-amber-100 text-amber-900",
  failed: "bg-red-100 text-red-900",
  none: "bg-stone-100 text-stone-700",
};

function stateText(t: TargetStatus): string {
  const tries = `${t.attempts} ${t.attempts === 1 ? "try" : "tries"}`;
  switch (t.state) {
    case "published":
      return `Release ${t.version} published`;
    case "publishing":
      return `Publishing release ${t.version}…`;
    case "retrying":
      return `Retrying release ${t.version} (${tries} failed)`;
    case "failed":
      return `Release ${t.version} failed after ${tries}`;
    default:
      return "Nothing published yet";
  }
}

export function SitePublications({ slug, targets, timeZone }: { slug: string; targets: TargetStatus[]; timeZone: string }) {
  if (targets.length === 0) return null;
  const when = (d: Date) => {
    const iso = toZonedIso(d, timeZone);
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  };
  return (
    <section aria-labelledby="site-copies-h" className="grid gap-2">
      <h2 id="site-copies-h" className="text-xl font-semibold">
        Public site copies
      </h2>
      <p className="text-sm text-stone-700">
        Each release&apos;s public site is also published here, in the background. A copy that fails is tried again; the release itself
        stands.
        {targets.some((t) => t.state === "publishing" || t.state === "retrying") && (
          <>
            {" "}
            <Link href={`/admin/editions/${slug}/publish`} className="underline" data-check-again>
              Check again
            </Link>
          </>
        )}
      </p>
      <ul className="grid gap-2" aria-label="Public site copies">
        {targets.map((t) => (
          <li
            key={`${t.target} ${t.where}`}
            data-target={t.target}
            data-state={t.state ?? "none"}
            className="grid gap-1 rounded border border-stone-300 p-3"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-semibold">
                {NAMES[t.target]}
                {t.configured ? "" : " (no longer configured)"}
              </span>
              <span className={`rounded px-2 py-0.5 text-sm ${TONES[t.state ?? "none"]}`}>{stateText(t)}</span>
            </div>
            <code className="break-all text-sm text-stone-700">{t.where}</code>
            {t.error && t.state !== "published" && (
              <p className="break-words text-sm text-red-800" data-error>
                Error: {t.error}
              </p>
            )}
            <p className="text-xs text-stone-600">
              {t.publishedVersion !== null && !(t.state === "published" && t.publishedVersion === t.version)
                ? `Last whole release there: ${t.publishedVersion}. `
                : ""}
              {t.updatedAt ? `Updated ${when(t.updatedAt)} (festival time).` : ""}
              {t.state === "failed" && t.configured && (
                <>
                  {" "}
                  Try again by hand: <code>npm run publish-site -- --edition {slug}</code>, or publish a new release.
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
