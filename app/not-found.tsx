import type { Metadata } from "next";
import { StatusPage } from "@/components/status/StatusPage";

export const metadata: Metadata = { title: "Not found" };

/** Any address Lineup does not have. */
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
      <p>The address may be mistyped, or the page may have been taken down.</p>
    </StatusPage>
  );
}
