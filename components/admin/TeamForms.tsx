"use client";

import { useActionState } from "react";
import { createTokenAction, createUserAction, revokeTokenAction, updateUserAction } from "@/app/admin/team-actions";
import { Labelled, Options } from "@/components/ui/FormControls";
import { emptyFormState } from "@/server/form-state";
import { buttonClass, Field, FormMessage, quietButtonClass } from "./Field";

const ROLES = ["viewer", "programmer", "publisher", "admin"] as const;

function RoleSelect({ name, value, label, allowNone }: { name: string; value?: string; label: string; allowNone?: boolean }) {
  return (
    <Labelled label={label} className="text-sm">
      <select name={name} defaultValue={value ?? (allowNone ? "" : "viewer")} className="rounded border border-stone-400 px-2 py-1.5">
        {allowNone && <option value="">(their own role)</option>}
        <Options options={ROLES} />
      </select>
    </Labelled>
  );
}

export function NewUserForm() {
  const [state, action, pending] = useActionState(createUserAction, emptyFormState);
  return (
    <form action={action} className="grid gap-3" aria-label="Add a user">
      <FormMessage ok={state.ok} message={state.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="E-mail" name="email" type="email" error={state.fields.email} required />
        <Field label="Name" name="name" error={state.fields.name} />
        <Field
          label="Password (10 characters or more, hard to guess)"
          name="password"
          type="password"
          error={state.fields.password}
          required
        />
        <RoleSelect name="role" label="Role" />
      </div>
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          Add user
        </button>
      </div>
    </form>
  );
}

export function UserRow({
  user,
  editions,
  children,
}: {
  user: { id: number; email: string; name: string; role: string; disabled: boolean; editionRoles: Record<string, string> };
  editions: { slug: string; name: string }[];
  /** Shown under the user's line (their API tokens). */
  children?: React.ReactNode;
}) {
  const [state, action, pending] = useActionState(updateUserAction, emptyFormState);
  return (
    <li className="grid gap-2 border-b border-stone-200 py-3" data-user={user.email}>
      <p>
        <strong>{user.email}</strong> {user.name && <span className="text-stone-700">({user.name})</span>} · {user.role}
        {user.disabled && <span className="ml-2 rounded bg-stone-800 px-1 text-xs text-white">disabled</span>}
        {Object.entries(user.editionRoles).map(([slug, r]) => (
          <span key={slug} className="ml-2 rounded bg-stone-200 px-1 text-xs">
            {slug}: {r}
          </span>
        ))}
      </p>
      {children}
      <form action={action} className="flex flex-wrap items-end gap-3" aria-label={`Change ${user.email}`}>
        <input type="hidden" name="id" value={user.id} />
        <RoleSelect name="role" value={user.role} label="Role" />
        <Labelled label="Edition" className="text-sm">
          <select name="edition" defaultValue="" className="rounded border border-stone-400 px-2 py-1.5">
            <option value="">(none)</option>
            <Options options={editions.map((e) => ({ value: e.slug, label: e.name }))} />
          </select>
        </Labelled>
        <RoleSelect name="editionRole" label="Role in that edition" allowNone />
        <Labelled label="Account" className="text-sm">
          <select name="disabled" defaultValue={String(user.disabled)} className="rounded border border-stone-400 px-2 py-1.5">
            <option value="false">active</option>
            <option value="true">disabled</option>
          </select>
        </Labelled>
        <Labelled label="New password" className="text-sm">
          <input name="password" type="password" autoComplete="new-password" className="rounded border border-stone-400 px-2 py-1.5" />
        </Labelled>
        <button type="submit" className={quietButtonClass} disabled={pending}>
          Save
        </button>
      </form>
      <FormMessage ok={state.ok} message={state.message} />
      {Object.entries(state.fields).map(([k, v]) => (
        <p key={k} className="text-sm text-red-800">
          {k}: {v}
        </p>
      ))}
    </li>
  );
}

export function NewTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, emptyFormState);
  const token = typeof state.details?.token === "string" ? state.details.token : null;
  return (
    <form action={action} className="grid gap-3" aria-label="New API token">
      <FormMessage ok={state.ok} message={state.message} />
      {token && (
        <p className="rounded border border-green-700 bg-white p-2 font-mono text-sm" data-testid="new-token">
          {token}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Name" name="name" error={state.fields.name} />
        <RoleSelect name="role" label="Role" value="viewer" />
        <Labelled label="Expires after" className="text-sm">
          <select name="expiresInDays" defaultValue="90" className="rounded border border-stone-400 px-2 py-1.5">
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">1 year</option>
          </select>
        </Labelled>
        <button type="submit" className={buttonClass} disabled={pending}>
          Create token
        </button>
      </div>
      {state.fields.role && <p className="text-sm text-red-800">{state.fields.role}</p>}
      {state.fields.expiresAt && <p className="text-sm text-red-800">Expiry: {state.fields.expiresAt}</p>}
    </form>
  );
}

export function RevokeTokenButton({ id }: { id: number }) {
  const [state, action, pending] = useActionState(revokeTokenAction, emptyFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="text-sm text-red-800 underline" disabled={pending}>
        Revoke
      </button>
      {state.message && <span className="ml-2 text-sm">{state.message}</span>}
    </form>
  );
}
