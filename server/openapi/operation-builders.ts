/** Small builders for the operation lists: one line names an operation, its answers read as words. */
import { obj, ref } from "./schemas";
import type { ApiOperation, HttpMethod, JsonSchema } from "./types";

type Spec = Omit<ApiOperation, "method" | "path" | "operationId" | "tag">;
type Untagged = Omit<ApiOperation, "tag">;

export const op = (method: HttpMethod, path: string, operationId: string, spec: Spec): Untagged => ({
  method,
  path,
  operationId,
  ...spec,
});
/** The operations of one tag, in the order /api/docs lists them. */
export const tagged = (tag: string, ops: Untagged[]): ApiOperation[] => ops.map((o) => ({ ...o, tag }));

/** Success answers: 200 or 201 with a JSON schema, 204 without a body. */
export const ok = (description: string, schema: JsonSchema) => ({ 200: { description, schema } });
export const created = (description: string, schema: JsonSchema) => ({ 201: { description, schema } });
export const NO_CONTENT = { 204: { description: "Done; no body" } };
/** `{key: [item, ...]}` */
export const list = (key: string, item: string): JsonSchema => obj({ [key]: { type: "array", items: ref(item) } });
