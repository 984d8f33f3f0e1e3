import type { Metadata } from "next";
import { UnauthorizedPage } from "@/components/status/RefusalPages";

export const metadata: Metadata = { title: "Sign in" };

export default function Unauthorized() {
  return <UnauthorizedPage />;
}
