import type { Metadata } from "next";
import Link from "next/link";
import { ConflictList } from "@/components/admin/ConflictList";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { PublishForm } from "@/components/admin/PublishForm";
import { SitePublications } from "@/components/admin/SitePublications";
import { Section } from "@/components/ui/Section";
import { conflictSlots } from "@/lib/conflict-words";
import { publicUrlWarning } from "@/lib/http/site";
import { publishHold } from "@/lib/publish-rule";
import type { User } from "@/server/auth";
import { pageData, type RouteProps } from "@/server/page-data";
import { editionTimeZone, previewRelease, type ReleasePreview } from "@/server/services/releases";
import { getBoard } from "@/server/services/schedule";
import { sitePublicationStatus } from "@/server/services/site-publish";
import { requireSignedIn } from "@/server/session";

/** The errors that block publishing, in words, each linking to its slots (the board is read only when something blocks). */
function BlockingList({ slug, actor, conflicts }: { slug: string; actor: User; conflicts: ReleasePreview["blocking"] }) {
  const board = pageData(() => getBoard(actor, slug));
  return (
    <ConflictList
      conflicts={conflicts}
      place={{ edition: slug, timeZone: board.edition.timeZone, known: conflictSlots(board.slots, board.venues) }}
    />
  );
}

export const metadata: Metadata = { title: "Publish" };

export default async function PublishPage({ params, searchParams }: RouteProps<{ edition: string }, { published?: string }>) {
  const { edition: slug } = await params;
  const { published } = await searchParams;
  const actor = await requireSignedIn("/admin");
  const preview = pageData(() => previewRelease(actor, slug));
  const copies = pageData(() => sitePublicationStatus(actor, slug));
  // Feeds carry absolute links: without a configured public address they point at localhost.
  const noPublicUrl = publicUrlWarning(process.env);
  return (
    <div className="grid max-w-3xl gap-4">
      <EditionPageHeading slug={slug} back="Back to the edition">
        Publish release {preview.nextVersion}
      </EditionPageHeading>
      {noPublicUrl && (
        <p role="note" data-warning="public-url" className="rounded border border-amber-700 bg-amber-50 p-2">
          {noPublicUrl}
        </p>
      )}
      {published && (
        <p role="status" className="rounded bg-green-50 p-2">
          Release {published} is published.{" "}
          <Link href={`/schedule/${slug}`} className="underline">
            See the public schedule
          </Link>
        </p>
      )}
      <Section id="changes-h" title="What will change">
        {preview.changes.length === 0 ? (
          <p>
            {preview.nextVersion === 1
              ? "No confirmed screenings yet: the first release publishes an empty programme."
              : preview.unchanged
                ? "Nothing has changed since the last release."
                : "No screening is new, moved, retimed or cancelled; film, venue or edition details changed."}
          </p>
        ) : (
          <ul className="mt-2 list-disc pl-5" aria-label="Changes">
            {preview.changes.map((c) => (
              <li key={`${c.type}:${c.screeningId}:${c.message}`} data-change={c.type}>
                {c.message}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {preview.blocking.length > 0 ? (
        <section aria-labelledby="blocking-h">
          <h2 id="blocking-h" className="text-xl font-semibold text-red-800">
            Publishing is blocked
          </h2>
          <p>Resolve these errors first:</p>
          <BlockingList slug={slug} actor={actor} conflicts={preview.blocking} />
        </section>
      ) : (
        <PublishForm edition={slug} version={preview.nextVersion} hold={publishHold(preview)} />
      )}
      <SitePublications slug={slug} targets={copies} timeZone={editionTimeZone(slug)} />
    </div>
  );
}
