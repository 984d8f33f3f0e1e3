/**
 * The one way a server action is written (as dub's safe-action client does with
 * next-safe-action, kept to what Lineup needs and to the FormState its forms show):
 *
 *   export const saveVenue = formAction({ may: "edit", in: "edition" }, z.object({...}), (input, caller) => {
 *     updateVenue(caller, input.edition, input.id, input); return done("Saved");
 *   });
 *
 * 1. Who calls, before the form is read: the public gets 401, a role without the
 *    permission 403 (in the edition the form names, or anywhere for the shared catalogue).
 * 2. The fields are read with the action's zod form schema (ids, versions, numbers, lists:
 *    server/forms.ts); a bad field comes back next to the field.
 * 3. The action calls one service, which authorises again and validates with its own schema.
 *    A refusal of the caller (401/403 without a field) answers 401/403 through Next's
 *    `unauthorized()`/`forbidden()` (app/unauthorized.tsx, app/forbidden.tsx); any other
 *    ServiceError comes back as the form's message and field errors (a stale version, a
 *    token's role above yours). `redirect()` and unexpected errors pass through to Next.
 */
import { forbidden, unauthorized } from "next/navigation";
import type { z } from "zod";
import { type Actor, authorise, type Permission, type User } from "./auth";
import { fieldsFromZod, invalid, ServiceError } from "./errors";
import type { FormState } from "./form-state";
import { formObject } from "./forms";
import { authoriseIn } from "./services/editions";
import { currentActor } from "./session";

/**
 * A form's action: useActionState calls it with the previous state and the form data,
 * a `<form action>` or a form posted without JavaScript with the form data alone.
 */
export type FormAction = (prevOrData: FormState | FormData, data?: FormData) => Promise<FormState>;

type Run<I, C> = (input: I, caller: C) => FormState | undefined | Promise<FormState | undefined>;

/** A successful answer: the message the form shows (and data such as a new token). */
export function done(message: string, details?: Record<string, unknown>): FormState {
  return details ? { ok: true, message, fields: {}, details } : { ok: true, message, fields: {} };
}

function refused(e: ServiceError): FormState {
  return { ok: false, message: e.message, fields: e.fields, details: e.details, code: e.code };
}

function formDataOf(prevOrData: FormState | FormData, data?: FormData): FormData | null {
  if (data instanceof FormData) return data;
  return prevOrData instanceof FormData ? prevOrData : null;
}

/**
 * Who may call an action: any signed-in user (their own things), or a permission, held in
 * the edition whose slug is the form field `in` (else anywhere: the shared catalogue, users).
 */
export type Access = "signed-in" | { may: Permission; in?: string };

function admit(caller: User, access: Access, form: FormData | null): void {
  if (access === "signed-in") return;
  if (!access.in) {
    authorise(caller, access.may);
    return;
  }
  const slug = form?.get(access.in);
  authoriseIn(caller, typeof slug === "string" ? slug : "", access.may);
}

function define<S extends z.ZodType, C extends Actor>(
  schema: S,
  run: Run<z.output<S>, C>,
  who: (actor: Actor, form: FormData | null) => C,
  interruptRefusals: boolean,
): FormAction {
  return async (prevOrData, data) => {
    const form = formDataOf(prevOrData, data);
    try {
      const caller = who(await currentActor(), form);
      if (!form) return refused(invalid({ body: "must be a submitted form" }, "The form was not sent"));
      const parsed = schema.safeParse(formObject(form));
      if (!parsed.success) return refused(invalid(fieldsFromZod(parsed.error)));
      return (await run(parsed.data, caller)) ?? done("");
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      if (interruptRefusals && Object.keys(e.fields).length === 0) {
        if (e.code === "unauthorized") unauthorized();
        if (e.code === "forbidden") forbidden();
      }
      return refused(e);
    }
  };
}

/** An action of the programmers' area: 401 for the public, 403 without the access, before the form is read. */
export function formAction<S extends z.ZodType>(access: Access, schema: S, run: Run<z.output<S>, User>): FormAction {
  return define(
    schema,
    run,
    (actor, form) => {
      if (!actor) unauthorized();
      admit(actor, access, form);
      return actor;
    },
    true,
  );
}

/** An action anyone may call (signing in and out): every refusal is the form's message. */
export function publicFormAction<S extends z.ZodType>(schema: S, run: Run<z.output<S>, Actor>): FormAction {
  return define(schema, run, (actor) => actor, false);
}

/** The same action for a plain `<form action>` that shows no state (signing out: it always redirects). */
export function withoutState(action: FormAction): (data: FormData) => Promise<void> {
  return async (data) => {
    await action(data);
  };
}
