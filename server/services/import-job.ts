/** What the request thread sends the import worker and what it answers (structured-clone safe). */
import type { User } from "@/db/queries/users";
import type { ErrorCode } from "@/server/errors";
import type { ImportOptions, ImportPreview, ImportResult } from "./catalogue-import";

export type ImportJob =
  | { kind: "preview"; actor: User; body: Uint8Array | string; opts: ImportOptions }
  | { kind: "commit"; actor: User; body: Uint8Array | string; opts: Omit<ImportOptions, "mapping"> & { decisions?: unknown } };

export type ImportReply =
  | { ok: true; result: ImportPreview | ImportResult }
  | { ok: false; error: { code: ErrorCode; message: string; fields: Record<string, string>; details: Record<string, unknown> } }
  | { ok: false; crash: string };
