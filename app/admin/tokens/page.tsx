import type { Metadata } from "next";
import { logoutEverywhereAction } from "@/app/login/actions";
import { NewTokenForm } from "@/components/admin/TeamForms";
import { TokenTable } from "@/components/admin/TokenTable";
import { Panel } from "@/components/ui/Section";
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
        shown once and stored only as a hash. It expires (after 90 days unless you choose otherwise), and it ends when your password is
        reset, when you sign out everywhere and when your account is disabled.
      </p>
      <TokenTable tokens={tokens} caption="Your API tokens" />
      <Panel id="new-token-h" title="New token">
        <NewTokenForm />
      </Panel>
      <form action={logoutEverywhereAction}>
        <button type="submit" className="underline">
          Sign out everywhere (every browser and device)
        </button>
      </form>
    </div>
  );
}
