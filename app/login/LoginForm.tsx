"use client";

import { useActionState } from "react";
import { Labelled } from "@/components/ui/FormControls";
import { emptyFormState } from "@/server/form-state";
import { loginAction } from "./actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(loginAction, emptyFormState);
  return (
    <form action={action} className="mt-6 grid gap-4" noValidate>
      <input type="hidden" name="next" value={next ?? ""} />
      <LoginField label="E-mail" name="email" type="email" autoComplete="username" error={state.fields.email} />
      <LoginField label="Password" name="password" type="password" autoComplete="current-password" error={state.fields.password} />
      {state.message && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

function LoginField({
  label,
  name,
  type,
  autoComplete,
  error,
}: {
  label: string;
  name: string;
  type: string;
  autoComplete: string;
  error?: string;
}) {
  return (
    <Labelled label={label}>
      <input
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        className="rounded border border-stone-400 px-3 py-2"
        aria-describedby={`${name}-error`}
      />
      {error && (
        <span id={`${name}-error`} className="text-sm text-red-700">
          {error}
        </span>
      )}
    </Labelled>
  );
}
