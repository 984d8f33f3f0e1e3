import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_OPERATIONS, openApiDocument } from "./openapi";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const apiDir = path.join(root, "app/api/v1");

/** Every route.ts under app/api/v1 as [openapi path, file]. */
function routeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...routeFiles(p));
    else if (name === "route.ts") out.push(p);
  }
  return out;
}

function openApiPath(file: string): string {
  const rel = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep);
  return (
    "/" +
    rel
      .filter((seg) => !/^\(.*\)$/.test(seg))
      .map((seg) => seg.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}"))
      .join("/")
  );
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Z]+)\b|export\s+(?:async\s+)?function\s+([A-Z]+)\s*\(/g)) {
    const name = m[1] ?? m[2];
    if (name && METHODS.includes(name)) found.add(name);
  }
  for (const [, list = ""] of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of list.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (METHODS.includes(name)) found.add(name);
    }
  return [...found];
}

// The parts of the document the tests read, checked as they are read.
const operationShape = z.object({
  operationId: z.string(),
  parameters: z.array(z.object({ in: z.string(), name: z.string() })).default([]),
  requestBody: z.object({ content: z.record(z.string(), z.unknown()).optional() }).optional(),
  responses: z.record(
    z.string(),
    z.object({ description: z.string().optional(), content: z.record(z.string(), z.object({ schema: z.unknown() })).optional() }),
  ),
});
const documentShape = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), operationShape)),
  components: z.object({ schemas: z.record(z.string(), z.unknown()) }),
});
const raw = openApiDocument();
const doc = documentShape.parse(raw);

describe("OpenAPI document", () => {
  const files = routeFiles(apiDir);

  it("finds the API's route files", () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  it.each(files.map((f) => [path.relative(root, f), f]))("covers every exported method of %s", (_name, file) => {
    const p = openApiPath(file);
    const methods = exportedMethods(readFileSync(file, "utf8"));
    expect(methods.length, `${file} exports no HTTP method`).toBeGreaterThan(0);
    expect(doc.paths[p], `path ${p} missing from the document`).toBeDefined();
    for (const m of methods) expect(doc.paths[p]?.[m.toLowerCase()], `${m} ${p} missing`).toBeDefined();
  });

  it("documents no API path that has no route file", () => {
    const real = new Set(files.map(openApiPath));
    for (const p of Object.keys(doc.paths).filter((x) => x.startsWith("/api/"))) expect(real.has(p), p).toBe(true);
  });

  it("is OpenAPI 3.1 with a JSON error envelope on every error response, and unique operation ids", () => {
    expect(doc.openapi).toBe("3.1.0");
    const ids = new Set<string>();
    for (const [p, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
        for (const [status, r] of Object.entries(op.responses))
          if (Number(status) >= 400)
            expect(r.content?.["application/json"]?.schema, `${method} ${p} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
        for (const name of (p.match(/\{([^}]+)\}/g) ?? []).map((x) => x.slice(1, -1)))
          expect(
            op.parameters.some((q) => q.in === "path" && q.name === name),
            `${method} ${p} {${name}}`,
          ).toBe(true);
      }
  });

  it("takes request bodies from the zod schemas, read as input (strict objects, defaults, limits)", () => {
    expect(doc.components.schemas).toMatchObject({
      SlotInput: { required: ["venueId", "startsAt", "endsAt"], additionalProperties: false },
      ScreeningInput: { properties: { status: { enum: ["tentative", "confirmed", "cancelled"] } } },
      EditionInput: { properties: { dayBreak: { default: "06:00" } } },
      FilmInput: { properties: { runtimeMinutes: { type: ["number", "string", "null"] } } },
    });
    // Every write with a body documents it: a zod schema (JSON) or, for raw uploads, its content types.
    for (const op of API_OPERATIONS.filter((o) => o.method === "post" || o.method === "put" || o.method === "patch"))
      expect(op.body ?? op.rawBody, `${op.method} ${op.path}`).toBeDefined();
  });

  it("has schemas that compile with a JSON Schema 2020-12 validator, and every $ref resolves", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: "https://lineup.invalid/openapi.json", ...raw });
    const text = JSON.stringify(raw);
    for (const [, name = ""] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g))
      expect(doc.components.schemas[name], name).toBeDefined();
    const validate = ajv.getSchema("https://lineup.invalid/openapi.json#/components/schemas/Error")!;
    expect(validate({ error: { code: "not_found", message: "x", fields: {} } })).toBe(true);
    expect(validate({ error: { code: "nope", message: "x", fields: {} } })).toBe(false);
  });

  it("documents 403 bad_origin on every write and 415 on every JSON body", () => {
    for (const [p, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        if (method !== "get") expect(op.responses["403"], `${method} ${p}`).toBeDefined();
        if (op.requestBody?.content?.["application/json"]) expect(op.responses["415"], `${method} ${p}`).toBeDefined();
      }
    expect(doc.paths["/api/v1/session"]?.post?.responses["403"]?.description).toContain("bad_origin");
  });
});
