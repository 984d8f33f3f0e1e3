import { StatusPage } from "./StatusPage";

/**
 * 403: signed in, but the role (in this edition) does not allow it; 401: not signed in.
 * Next shows them for forbidden() / unauthorized() (server/form-action.ts, server/page-data.ts).
 * Every segment with its own not-found.tsx needs these too: a segment's boundary catches
 * 401/403/404 alike and shows only the pages it has.
 */
export function ForbiddenPage({ chrome = true }: { chrome?: boolean }) {
  return (
    <StatusPage
      status="403"
      title="Your role does not allow this"
      chrome={chrome}
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

export function UnauthorizedPage({ chrome = true }: { chrome?: boolean }) {
  return (
    <StatusPage status="401" title="Sign in first" chrome={chrome} links={[{ href: "/login", label: "Sign in" }]}>
      <p>Your session has ended or you are not signed in. Nothing was changed; sign in and try again.</p>
    </StatusPage>
  );
}
