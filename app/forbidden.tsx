import type { Metadata } from "next";
import { StatusPage } from "@/components/status/StatusPage";

export const metadata: Metadata = { title: "Not allowed" };

/** 403: signed in, but the role (in this edition) does not allow it (forbidden() in server/form-action.ts, server/page-data.ts). */
export default function Forbidden() {
  return (
    <StatusPage
      status="403"
      title="Your role does not allow this"
      links={[
        { href: "/admin", label: "Back to the editions" },
        { href: "/admin/tokens", label: "Your tokens and sessions" },
      ]}
    >
      <p>
        Viewers read the programme being built; programmers also change the catalogue, slots and screenings; publishers also release; admins
        also manage users. A role can be given for one edition only.
      </p>
      <p>Nothing was changed. Ask an admin for a role that allows it.</p>
    </StatusPage>
  );
}
