import type { Metadata } from "next";
import { logoutEverywhereAction } from "@/app/login/actions";
import { NewTokenForm, RevokeTokenButton } from "@/components/admin/TeamForms";
import { listApiTokens } from "@/server/services/accounts";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const tokens = listApiTokens(await requireSignedIn("/admin"));
  return (
    <div className="grid gap-6">
      <h1 className="font-serif text-3xl font-bold">API tokens and sessions</h1>
      <p className="max-w-3xl text-sm text-stone-700">
        Scripts call the API with <code>Authorization: Bearer lineup_…</code>. A token acts as you, capped at the role you give it; it is
        shown once and stored only as a hash.
      </p>
      <table className="w-full max-w-3xl text-sm">
        <thead>
          <tr className="border-b border-stone-400 text-left">
            <th className="py-1">Name</th>
            <th className="py-1">Role</th>
            <th className="py-1">Created</th>
            <th className="py-1">Last used</th>
            <th className="py-1">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-b border-stone-200">
              <td className="py-1">{t.name}</td>
              <td className="py-1">{t.role}</td>
              <td className="py-1">{t.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
              <td className="py-1">{t.lastUsedAt ? `${t.lastUsedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "never"}</td>
              <td className="py-1">{t.revokedAt ? "revoked" : <RevokeTokenButton id={t.id} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-token-h" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="new-token-h" className="mb-3 text-xl font-semibold">
          New token
        </h2>
        <NewTokenForm />
      </section>
      <form action={logoutEverywhereAction}>
        <button type="submit" className="underline">
          Sign out everywhere (every browser and device)
        </button>
      </form>
    </div>
  );
}
