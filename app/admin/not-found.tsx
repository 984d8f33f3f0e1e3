import type { Metadata } from "next";
import { KnownStatusPage } from "@/components/status/StatusPages";

export const metadata: Metadata = { title: "Not found" };

/** A record or day of the programmers' area that is not there (deleted, or a mistyped address). */
export default function AdminNotFound() {
  return <KnownStatusPage kind="admin-not-found" chrome={false} />;
}
