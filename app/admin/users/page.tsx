import type { Metadata } from "next";
import { NewUserForm, UserRow } from "@/components/admin/TeamForms";
import { ServiceError } from "@/server/errors";
import { listUsers } from "@/server/services/accounts";
import { listEditions } from "@/server/services/editions";
import { currentActor } from "@/server/session";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await currentActor();
  let users: ReturnType<typeof listUsers>;
  try {
    users = listUsers(actor);
  } catch (e) {
    if (e instanceof ServiceError && e.code === "forbidden") return <p role="alert">Only admins manage users.</p>;
    throw e;
  }
  const editions = listEditions(actor).map((e) => ({ slug: e.slug, name: e.name }));
  return (
    <div className="grid gap-6">
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <p className="max-w-3xl text-sm text-stone-700">
        Roles: viewer reads unreleased data; programmer edits the catalogue, slots and screenings; publisher also releases; admin also
        manages users and settings. A role given for one edition replaces the user&apos;s own role in that edition.
      </p>
      <ul>
        {users.map((u) => (
          <UserRow key={`${u.id}-${u.role}-${u.disabled}-${JSON.stringify(u.editionRoles)}`} user={u} editions={editions} />
        ))}
      </ul>
      <section aria-labelledby="add-user-h" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="add-user-h" className="mb-3 text-xl font-semibold">
          Add a user
        </h2>
        <NewUserForm />
      </section>
    </div>
  );
}
