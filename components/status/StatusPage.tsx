import Link from "next/link";

export interface StatusLink {
  href: string;
  label: string;
}

/**
 * The festival's look for a page that is not there, not for you, or failed: the public
 * header's accent rule, the status as a large number, one sentence of why, and the ways on.
 * Works without JavaScript (public 404s are served with a no-script policy).
 */
export function StatusPage({
  status,
  title,
  children,
  links,
  chrome = true,
}: {
  status: string;
  title: string;
  children: React.ReactNode;
  links: StatusLink[];
  /** false inside the programmers' area, which has its own header. */
  chrome?: boolean;
}) {
  const body = (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <p className="font-serif text-6xl font-bold text-accent" aria-hidden="true">
        {status}
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{title}</h1>
      <div className="mt-3 grid gap-2 text-stone-800">{children}</div>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="underline underline-offset-2">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
  if (!chrome) return <div id="main">{body}</div>;
  return (
    <>
      <header className="border-b-4 border-accent bg-white">
        <div className="mx-auto max-w-2xl px-4 py-4">
          <Link href="/" className="font-serif text-2xl font-bold text-ink no-underline">
            Lineup
          </Link>
        </div>
      </header>
      <main id="main">{body}</main>
    </>
  );
}
