import type { Metadata } from "next";
import { ForbiddenPage } from "@/components/status/RefusalPages";

export const metadata: Metadata = { title: "Not allowed" };

export default function Forbidden() {
  return <ForbiddenPage chrome={false} />;
}
