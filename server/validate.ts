import type { z } from "zod";
import { describePersonalData } from "@/lib/catalogue/personal";
import { fieldsFromZod, invalid, ServiceError } from "./errors";

/** Parses `input` with `schema`, or throws a 400 naming every bad field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw invalid(fieldsFromZod(r.error));
  return r.data;
}

/** A version the caller sent that no longer matches: 409 with the current record. */
export function stale(what: string, current: unknown): ServiceError {
  return new ServiceError(
    "stale_version",
    `This ${what} was changed by someone else since you loaded it. Reload to see the current version, or reapply your change to it.`,
    { version: "is out of date" },
    { current },
  );
}

/**
 * Texts that reach the public and have no internal notes to move personal data to (release
 * notes, edition and venue names): phone numbers, e-mail and postal addresses in them are
 * refused, 422 naming each field. (Film fields move it to the film's internal notes instead.)
 */
export function refusePersonalData(fields: Record<string, string | null | undefined>): void {
  const fieldErrors: Record<string, string> = {};
  const said: string[] = [];
  for (const [name, text] of Object.entries(fields)) {
    const what = describePersonalData(text);
    if (!what) continue;
    fieldErrors[name] = `must not contain personal data (${what}): it would be published`;
    said.push(`${name} holds ${what}`);
  }
  if (said.length)
    throw new ServiceError("unprocessable", `Personal data would be published: ${said.join("; ")}. Leave it out.`, fieldErrors);
}
