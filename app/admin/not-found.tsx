import type { Metadata } from "next";
import { StatusPage } from "@/components/status/StatusPage";

export const metadata: Metadata = { title: "Not found" };

/** A record or day of the programmers' area that is not there (deleted, or a mistyped address). */
export default function AdminNotFound() {
  return (
    <StatusPage
      status="404"
      title="Not found"
      chrome={false}
      links={[
        { href: "/admin", label: "Editions" },
        { href: "/admin/films", label: "Catalogue" },
      ]}
    >
      <p>This edition, day, film or record is not there. It may have been deleted or renamed, or the address is mistyped.</p>
    </StatusPage>
  );
}
