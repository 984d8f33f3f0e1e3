import type { Metadata } from "next";
import Link from "next/link";
import { Labelled, Options } from "@/components/ui/FormControls";
import { ListTableHead } from "@/components/ui/TableHead";
import { ServiceError } from "@/server/errors";
import { listAuditLog } from "@/server/services/audit-log";
import { listEditions } from "@/server/services/editions";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Audit log" };

type Search = { edition?: string; entity?: string; entityId?: string; userId?: string; beforeId?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const actor = await requireSignedIn("/admin");
  const query = Object.fromEntries(Object.entries(sp).filter(([, v]) => typeof v === "string" && v !== ""));
  let entries: ReturnType<typeof listAuditLog>;
  try {
    entries = listAuditLog(actor, { ...query, limit: 100 });
  } catch (e) {
    if (e instanceof ServiceError) return <p role="alert">{e.message}</p>;
    throw e;
  }
  const editions = listEditions(actor);
  const last = entries.at(-1);
  return (
    <div className="grid gap-4">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <AuditFilter search={sp} editions={editions} />
      <AuditTable entries={entries} />
      {last && entries.length === 100 && (
        <Link href={`/admin/audit?${new URLSearchParams({ ...query, beforeId: String(last.id) })}`} className="underline">
          Older entries
        </Link>
      )}
    </div>
  );
}

/** Filter by edition, kind of record, record id and user (a GET form: the filter is in the address). */
function AuditFilter({ search: sp, editions }: { search: Search; editions: { id: number; slug: string; name: string }[] }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filter the audit log">
      <Labelled label="Edition">
        <select name="edition" defaultValue={sp.edition ?? ""} className="rounded border border-stone-400 px-2 py-1">
          <option value="">all (admins)</option>
          <Options options={editions.map((e) => ({ value: e.slug, label: e.name }))} />
        </select>
      </Labelled>
      <Labelled label="Record">
        <select name="entity" defaultValue={sp.entity ?? ""} className="rounded border border-stone-400 px-2 py-1">
          <option value="">any</option>
          <Options options={["film", "edition", "venue", "slot", "screening", "release", "user", "token", "import"]} />
        </select>
      </Labelled>
      {(
        [
          ["entityId", "Record id"],
          ["userId", "User id"],
        ] as const
      ).map(([name, label]) => (
        <Labelled key={name} label={label}>
          <input name={name} defaultValue={sp[name] ?? ""} inputMode="numeric" className="w-20 rounded border border-stone-400 px-2 py-1" />
        </Labelled>
      ))}
      <button type="submit" className="rounded border border-stone-400 bg-white px-3 py-1">
        Filter
      </button>
    </form>
  );
}

/** Who changed what, when, with the record before and after. */
function AuditTable({ entries }: { entries: ReturnType<typeof listAuditLog> }) {
  return (
    <table className="w-full text-sm">
      <ListTableHead columns={["When (UTC)", "Who", "What", "Summary", "Before / after"]} />
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-b border-stone-200 align-top" data-audit={e.action}>
            <td className="py-1 pr-2 whitespace-nowrap">{e.at.toISOString().slice(0, 19).replace("T", " ")}</td>
            <td className="py-1 pr-2">{e.userEmail ?? "system"}</td>
            <td className="py-1 pr-2">
              {e.action} {e.entity} {e.entityId ?? ""}
            </td>
            <td className="py-1 pr-2">{e.summary}</td>
            <td className="py-1 pr-2">
              {(e.before != null || e.after != null) && (
                <details>
                  <summary>show</summary>
                  <pre className="max-w-xl overflow-auto whitespace-pre-wrap text-xs">
                    {JSON.stringify({ before: e.before, after: e.after }, null, 1)}
                  </pre>
                </details>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
