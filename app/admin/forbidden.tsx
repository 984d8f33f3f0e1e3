import type { Metadata } from "next";
import { KnownStatusPage } from "@/components/status/StatusPages";

export const metadata: Metadata = { title: "Not allowed" };

export default function Forbidden() {
  return <KnownStatusPage kind="forbidden" chrome={false} />;
}
