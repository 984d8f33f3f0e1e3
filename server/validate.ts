import type { z } from "zod";
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
