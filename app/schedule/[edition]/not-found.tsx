import type { Metadata } from "next";
import { EditionHome } from "@/components/status/EditionHome";
import { StatusPage } from "@/components/status/StatusPage";

export const metadata: Metadata = { title: "Not in the programme" };

/**
 * A day, venue, film or festival that is not in the published programme: before the first
 * release, after a film was taken out, or a mistyped address.
 */
export default function ScheduleNotFound() {
  return (
    <StatusPage status="404" title="Not in the programme" links={[{ href: "/", label: "Every published programme" }]}>
      <p>
        This day, venue or film is not in the published programme. The festival may not have published its programme yet, or a newer release
        may have moved or cancelled it.
      </p>
      <p>
        <EditionHome />
      </p>
    </StatusPage>
  );
}
