import { ServiceError } from "@/server/errors";
import { actorOf, json, readBytes, route } from "@/server/http";
import { commitImport, MAX_IMPORT_BYTES, previewImport } from "@/server/services/catalogue-import";

/**
 * POST /api/v1/films/import[?dryRun=true]
 * Body: the text itself (text/plain, text/html, text/csv, text/tab-separated-values, or a file
 * as application/octet-stream), or JSON `{text, fileName?, contentType?, mapping?, decisions?}`
 * from the preview screen. dryRun -> 200 with the preview; otherwise 201, all or nothing.
 */
export const POST = route(async (req) => {
  const actor = actorOf(req);
  const url = new URL(req.url);
  const dryRun = url.searchParams.get("dryRun") === "true" || url.searchParams.get("dryRun") === "1";
  const [mediaType = ""] = (req.headers.get("content-type") ?? "text/plain").split(";");
  const contentType = mediaType.trim().toLowerCase();
  let body: Uint8Array | string;
  let opts: { contentType?: string; fileName?: string; mapping?: Record<string, never>; decisions?: unknown } = {
    contentType,
    fileName: url.searchParams.get("fileName") ?? undefined,
  };
  const raw = await readBytes(req, MAX_IMPORT_BYTES + 64_000);
  if (contentType === "application/json") {
    let data: { text?: unknown; fileName?: unknown; contentType?: unknown; mapping?: unknown; decisions?: unknown };
    try {
      data = JSON.parse(Buffer.from(raw).toString("utf8"));
    } catch {
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
  if (dryRun) return json(previewImport(actor, body, opts));
  const result = commitImport(actor, body, opts);
  return json({ ...result, created: result.created.map((f) => ({ id: f.id, title: f.title, flags: f.flags })) }, 201);
});
