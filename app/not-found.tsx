import type { Metadata } from "next";
import { KnownStatusPage } from "@/components/status/StatusPages";

export const metadata: Metadata = { title: "Not found" };

/** Any address Lineup does not have, rendered on the server (no script needed). */
export default function NotFound() {
  return <KnownStatusPage kind="not-found" />;
}
