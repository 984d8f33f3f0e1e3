/** API tokens as a table: role, created, expires, last used, and Revoke while live (admin/tokens and admin/users). */

import { TableHead } from "@/components/ui/TableHead";
import { RevokeTokenButton } from "./TeamForms";

export interface TokenRow {
  id: number;
  name: string;
  role: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function TokenTable({ tokens, caption, now = new Date() }: { tokens: TokenRow[]; caption: string; now?: Date }) {
  if (tokens.length === 0) return <p className="text-sm text-stone-700">{caption}: none.</p>;
  return (
    <table className="w-full max-w-4xl text-sm">
      <caption className="sr-only">{caption}</caption>
      <TableHead
        columns={[
          "Name",
          "Role",
          "Created",
          "Expires",
          "Last used",
          { key: "state", label: <span className="sr-only">State or action</span> },
        ]}
        rowClassName="border-b border-stone-400 text-left"
        cellClassName="py-1"
      />
      <tbody>
        {tokens.map((t) => {
          const expired = !t.expiresAt || t.expiresAt.getTime() <= now.getTime();
          return (
            <tr key={t.id} className="border-b border-stone-200" data-token={t.name}>
              <td className="py-1">{t.name}</td>
              <td className="py-1">{t.role}</td>
              <td className="py-1">{utc(t.createdAt)}</td>
              <td className="py-1">{t.expiresAt ? utc(t.expiresAt) : "expired"}</td>
              <td className="py-1">{t.lastUsedAt ? utc(t.lastUsedAt) : "never"}</td>
              <td className="py-1">{t.revokedAt ? "revoked" : expired ? "expired" : <RevokeTokenButton id={t.id} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
