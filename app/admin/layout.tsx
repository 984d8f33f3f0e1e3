import Link from "next/link";
import { logoutAction } from "@/app/login/actions";
import { Providers } from "@/components/Providers";
import { requireSignedIn } from "@/server/session";

export const dynamic = "force-dynamic";

/** The programmers' area, in the navigation's order. */
const NAV = [
  ["/admin", "Editions"],
  ["/admin/films", "Catalogue"],
  ["/admin/people", "People"],
  ["/admin/audit", "Audit log"],
  ["/admin/users", "Users"],
  ["/admin/tokens", "Tokens"],
] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSignedIn("/admin");
  return (
    <Providers>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="font-serif text-xl font-bold text-ink no-underline">
            Lineup
          </Link>
          <nav aria-label="Programmers" className="flex gap-4 text-sm">
            {NAV.map(([href, label]) => (
              <Link key={href} href={href} className="underline underline-offset-2">
                {label}
              </Link>
            ))}
          </nav>
          <form action={logoutAction} className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-stone-700">{user.email}</span>
            <button type="submit" className="underline">
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </Providers>
  );
}
