import type { Metadata } from "next";
import { StatusPage } from "@/components/status/StatusPage";

export const metadata: Metadata = { title: "Not found" };

/**
 * Any address Lineup does not have, rendered on the server (no script needed). proxy.ts also
 * sends here an audience page that the latest release does not have.
 */
export default function NotFound() {
  return (
    <StatusPage
      status="404"
      title="There is no such page"
      links={[
        { href: "/", label: "Every published programme" },
        { href: "/admin", label: "Programmers: sign in" },
      ]}
    >
      <p>The address may be mistyped.</p>
      <p>
        If it was a day, venue or film of a festival&apos;s programme: the programme may not be published yet, or a newer release may have
        moved or cancelled it. Every published programme is listed on the front page.
      </p>
    </StatusPage>
  );
}
