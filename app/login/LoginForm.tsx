"use client";

import { useActionState } from "react";
import { emptyFormState } from "@/server/form-state";
import { loginAction } from "./actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(loginAction, emptyFormState);
  return (
    <form action={action} className="mt-6 grid gap-4" noValidate>
      <input type="hidden" name="next" value={next ?? ""} />
      <label className="grid gap-1">
        <span className="font-medium">E-mail</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          className="rounded border border-stone-400 px-3 py-2"
          aria-describedby="email-error"
        />
        {state.fields.email && (
          <span id="email-error" className="text-sm text-red-700">
            {state.fields.email}
          </span>
        )}
      </label>
      <label className="grid gap-1">
        <span className="font-medium">Password</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="rounded border border-stone-400 px-3 py-2"
          aria-describedby="password-error"
        />
        {state.fields.password && (
          <span id="password-error" className="text-sm text-red-700">
            {state.fields.password}
          </span>
        )}
      </label>
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
