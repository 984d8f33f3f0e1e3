import type { Metadata } from "next";
import { NewUserForm, UserRow } from "@/components/admin/TeamForms";
import { TokenTable } from "@/components/admin/TokenTable";
import { Panel } from "@/components/ui/Section";
import { ServiceError } from "@/server/errors";
import { listAllApiTokens, listUsers } from "@/server/services/accounts";
import { listEditions } from "@/server/services/editions";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireSignedIn("/admin");
  let users: ReturnType<typeof listUsers>;
  try {
    users = listUsers(actor);
  } catch (e) {
    if (e instanceof ServiceError && e.code === "forbidden") return <p role="alert">Only admins manage users.</p>;
    throw e;
  }
  const tokens = listAllApiTokens(actor);
  const editions = listEditions(actor).map((e) => ({ slug: e.slug, name: e.name }));
  return (
    <div className="grid gap-6">
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <p className="max-w-3xl text-sm text-stone-700">
        Roles: viewer reads unreleased data; programmer edits the catalogue, slots and screenings; publisher also releases; admin also
        manages users and settings. A role given for one edition replaces the user&apos;s own role in that edition.
      </p>
      <ul>
        {users.map((u) => {
          const own = tokens.filter((t) => t.userId === u.id);
          const lastUsed = own.reduce<Date | null>((a, t) => (t.lastUsedAt && (!a || t.lastUsedAt > a) ? t.lastUsedAt : a), null);
          return (
            <UserRow key={`${u.id}-${u.role}-${u.disabled}-${JSON.stringify(u.editionRoles)}`} user={u} editions={editions}>
              <details className="text-sm">
                <summary>
                  API tokens: {own.length}
                  {own.length > 0 && `, last used ${lastUsed ? `${lastUsed.toISOString().slice(0, 16).replace("T", " ")} UTC` : "never"}`}
                </summary>
                <TokenTable tokens={own} caption={`API tokens of ${u.email}`} />
              </details>
            </UserRow>
          );
        })}
      </ul>
      <Panel id="add-user-h" title="Add a user">
        <NewUserForm />
      </Panel>
    </div>
  );
}
