import { type StatusLink, StatusPage } from "./StatusPage";

interface StatusText {
  status: string;
  title: string;
  /** [href, label] */
  links: [string, string][];
  paragraphs: string[];
}

/**
 * The words of Lineup's status pages. 403: signed in, but the role (in this edition) does not
 * allow it; 401: not signed in. Next shows them for forbidden() / unauthorized()
 * (server/form-action.ts, server/page-data.ts). Every segment with its own not-found.tsx needs
 * these too: a segment's boundary catches 401/403/404 alike and shows only the pages it has.
 */
const PAGES = {
  forbidden: {
    status: "403",
    title: "Your role does not allow this",
    links: [
      ["/admin", "Back to the editions"],
      ["/admin/tokens", "Your tokens and sessions"],
    ],
    paragraphs: [
      "Viewers read the programme being built; programmers also change the catalogue, slots and screenings; publishers also release; admins also manage users. A role can be given for one edition only.",
      "Nothing was changed. Ask an admin for a role that allows it.",
    ],
  },
  unauthorized: {
    status: "401",
    title: "Sign in first",
    links: [["/login", "Sign in"]],
    paragraphs: ["Your session has ended or you are not signed in. Nothing was changed; sign in and try again."],
  },
  /** Any address Lineup does not have; proxy.ts also sends here an audience page that the latest release does not have. */
  "not-found": {
    status: "404",
    title: "There is no such page",
    links: [
      ["/", "Every published programme"],
      ["/admin", "Programmers: sign in"],
    ],
    paragraphs: [
      "The address may be mistyped.",
      "If it was a day, venue or film of a festival's programme: the programme may not be published yet, or a newer release may have moved or cancelled it. Every published programme is listed on the front page.",
    ],
  },
  /** A record or day of the programmers' area that is not there (deleted, or a mistyped address). */
  "admin-not-found": {
    status: "404",
    title: "Not found",
    links: [
      ["/admin", "Editions"],
      ["/admin/films", "Catalogue"],
    ],
    paragraphs: ["This edition, day, film or record is not there. It may have been deleted or renamed, or the address is mistyped."],
  },
} satisfies Record<string, StatusText>;

/** One of Lineup's status pages; chrome={false} inside the programmers' area, which has its own header. */
export function KnownStatusPage({ kind, chrome = true }: { kind: keyof typeof PAGES; chrome?: boolean }) {
  const page: StatusText = PAGES[kind];
  return (
    <StatusPage
      status={page.status}
      title={page.title}
      chrome={chrome}
      links={page.links.map(([href, label]): StatusLink => ({ href, label }))}
    >
      {page.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </StatusPage>
  );
}
