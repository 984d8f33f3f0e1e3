import { authorise } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { actorOf, decodeUtf8, json, readBytes, route } from "@/server/http";
import { importPage, MAX_IMPORT_BYTES } from "@/server/services/catalogue-import";
import { runImport } from "@/server/services/import-runner";
import { parse } from "@/server/validate";

/**
 * POST /api/v1/films/import[?dryRun=true][&offset=0&limit=100]
 * Body: the text itself (text/plain, text/html, text/csv, text/tab-separated-values, or a file
 * as application/octet-stream), or JSON `{text, fileName?, contentType?, mapping?, decisions?}`
 * from the preview screen. dryRun -> 200 with the preview; otherwise 201, all or nothing.
 * The answer carries one page of entries (offset, limit); its summary counts them all.
 * More than 20,000 entries: 413. Large bodies are read off the request thread.
 */
export const POST = route(async (req) => {
  const actor = authorise(actorOf(req), "edit");
  const url = new URL(req.url);
  const dryRun = url.searchParams.get("dryRun") === "true" || url.searchParams.get("dryRun") === "1";
  const page = parse(importPage, {
    offset: url.searchParams.get("offset") ?? undefined,
    limit: url.searchParams.get("limit") ?? undefined,
  });
  const contentType = (req.headers.get("content-type") ?? "text/plain").split(";")[0]?.trim().toLowerCase() ?? "text/plain";
  let body: Uint8Array | string;
  let opts: { contentType?: string; fileName?: string; mapping?: Record<string, never>; decisions?: unknown } = {
    contentType,
    fileName: url.searchParams.get("fileName") ?? undefined,
  };
  const raw = await readBytes(req, MAX_IMPORT_BYTES + 64_000);
  if (contentType === "application/json") {
    let data: { text?: unknown; fileName?: unknown; contentType?: unknown; mapping?: unknown; decisions?: unknown };
    try {
      data = JSON.parse(decodeUtf8(raw));
    } catch (e) {
      if (e instanceof ServiceError) throw e;
      throw new ServiceError("invalid_json", "The request body is not valid JSON", { body: "is not valid JSON" });
    }
    if (typeof data?.text !== "string") throw new ServiceError("bad_request", "text must be the pasted text", { text: "is required" });
    body = data.text;
    opts = {
      contentType: typeof data.contentType === "string" ? data.contentType : undefined,
      fileName: typeof data.fileName === "string" ? data.fileName : undefined,
      mapping: (data.mapping ?? undefined) as Record<string, never> | undefined,
      decisions: data.decisions,
    };
  } else if (contentType.startsWith("text/") || contentType === "application/octet-stream") {
    body = raw;
  } else {
    throw new ServiceError("unsupported_media_type", `Cannot import ${contentType}; send text/plain, text/html, text/csv or JSON`, {
      body: `content type ${contentType} is not supported`,
    });
  }
  if (dryRun) return json(await runImport({ kind: "preview", actor, body, opts: { ...opts, page } }));
  const { mapping: _mapping, ...commitOpts } = opts;
  return json(await runImport({ kind: "commit", actor, body, opts: { ...commitOpts, page } }), 201);
});
