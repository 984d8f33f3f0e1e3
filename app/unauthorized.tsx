import type { Metadata } from "next";
import { KnownStatusPage } from "@/components/status/StatusPages";

export const metadata: Metadata = { title: "Sign in" };

export default function Unauthorized() {
  return <KnownStatusPage kind="unauthorized" />;
}
