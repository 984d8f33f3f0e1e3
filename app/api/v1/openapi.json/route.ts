import { json, route } from "@/server/http";
import { openApiDocument } from "@/server/openapi";

/** Public: the OpenAPI 3.1 description of this API, generated from the validation schemas. */
export const GET = route(async () => json(openApiDocument(), 200, { "cache-control": "public, max-age=300" }));
