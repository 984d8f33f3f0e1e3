import type { Metadata } from "next";
import { StatusPage } from "@/components/status/StatusPage";

export const metadata: Metadata = { title: "Sign in" };

/** 401: not signed in, or the session ended (unauthorized() in server/form-action.ts). */
export default function Unauthorized() {
  return (
    <StatusPage status="401" title="Sign in first" links={[{ href: "/login", label: "Sign in" }]}>
      <p>Your session has ended or you are not signed in. Nothing was changed; sign in and try again.</p>
    </StatusPage>
  );
}
