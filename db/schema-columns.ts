/** Column defaults shared by the schema's files. */
import { sql } from "drizzle-orm";

/** The current instant as UTC epoch milliseconds (SQLite's clock, to the millisecond). */
export const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
