import { connection } from "@/db/client";

/** The database opens (migrated) and answers a query. */
export function databaseAnswers(): boolean {
  return connection().sqlite.prepare("select 1").pluck().get() === 1;
}
