export function notModified(
  conditions: { ifNoneMatch?: string | null; ifModifiedSince?: string | null },
  etag: string,
  lastModifiedMs: number,
): boolean;
export function chooseEncoding(acceptEncoding: string | null | undefined): "br" | "gzip" | "identity";
