import type { Metadata } from "next";
import {
  ACCESS_DESCRIPTIONS,
  API_OPERATIONS,
  type ApiOperation,
  componentSchema,
  errorDescription,
  errorsOf,
  FEED_OPERATIONS,
  isJsonSchema,
  type JsonSchema,
  pathParams,
} from "@/server/openapi";

export const metadata: Metadata = { title: "API documentation" };

type Schema = JsonSchema;

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === "string") : []);

/** "string, 1-200 chars", "integer ≥ 0", "one of a, b", from a JSON Schema. */
function describeType(s: Schema | undefined): string {
  if (!s) return "";
  if (Array.isArray(s.anyOf)) return s.anyOf.filter(isJsonSchema).map(describeType).join(" or ");
  const parts: string[] = [];
  const type = Array.isArray(s.type) ? strings(s.type).join(" or ") : typeof s.type === "string" ? s.type : "any";
  if (Array.isArray(s.enum)) parts.push(`one of ${strings(s.enum).join(", ")}`);
  else if (type === "array") parts.push(`list of ${describeType(isJsonSchema(s.items) ? s.items : undefined)}`);
  else parts.push(type);
  if (s.minLength != null || s.maxLength != null) parts.push(`${s.minLength ?? 0}-${s.maxLength ?? "…"} chars`);
  if (s.minimum != null) parts.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum != null) parts.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum != null && Number(s.maximum) < Number.MAX_SAFE_INTEGER) parts.push(`≤ ${s.maximum}`);
  if (s.maxItems != null) parts.push(`at most ${s.maxItems} items`);
  if (s.pattern) parts.push(`matching ${String(s.pattern)}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join(", ");
}

function BodyFields({ name }: { name: string }) {
  const schema = componentSchema(name);
  const props = Object.entries(isJsonSchema(schema?.properties) ? schema.properties : {}).flatMap(([field, s]) =>
    isJsonSchema(s) ? [[field, s] as const] : [],
  );
  const required = new Set(strings(schema?.required));
  return (
    <table className="mt-1 text-sm" data-body={name}>
      <caption className="text-left font-medium">JSON body ({name}); unknown fields are refused</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-4 text-left">
            Field
          </th>
          <th scope="col" className="pr-4 text-left">
            Type
          </th>
          <th scope="col" className="text-left">
            Notes
          </th>
        </tr>
      </thead>
      <tbody>
        {props.map(([field, s]) => (
          <tr key={field}>
            <td className="pr-4 font-mono">
              {field}
              {required.has(field) ? " *" : ""}
            </td>
            <td className="pr-4">{describeType(s)}</td>
            <td>{typeof s.description === "string" ? s.description : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Operation({ op }: { op: ApiOperation }) {
  const params = pathParams(op.path);
  return (
    <section className="mt-6 border-t border-stone-300 pt-3" data-path={op.path} data-method={op.method.toUpperCase()} id={op.operationId}>
      <h3 className="font-mono text-lg font-semibold">
        <span className="mr-2">{op.method.toUpperCase()}</span>
        {op.path}
      </h3>
      <p>{op.summary}</p>
      {op.description && <p className="text-sm text-stone-700">{op.description}</p>}
      <p className="text-sm">Who: {ACCESS_DESCRIPTIONS[op.access]}</p>
      {params.length > 0 && <p className="text-sm">Path: {params.map((p) => `{${p}}`).join(", ")}</p>}
      {op.query && op.query.length > 0 && (
        <p className="text-sm">
          Query:{" "}
          {op.query.map((q, i) => (
            <span key={q.name}>
              {i > 0 && ", "}
              <code>{q.name}</code> ({q.description})
            </span>
          ))}
        </p>
      )}
      {op.body && <BodyFields name={op.body} />}
      {op.rawBody && <p className="text-sm">Body: one of {Object.keys(op.rawBody).join(", ")}</p>}
      <p className="mt-1 text-sm">
        Success:{" "}
        {Object.entries(op.responses)
          .map(([status, r]) => `${status} ${r.description}${r.contentType ? ` (${r.contentType})` : ""}`)
          .join("; ")}
      </p>
      {errorsOf(op).length > 0 && (
        <ul className="text-sm" aria-label="Errors">
          {errorsOf(op).map((status) => (
            <li key={status} data-error={status}>
              <strong>{status}</strong> {errorDescription(status)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Server-rendered reference of every API route and feed, from the same data as /api/v1/openapi.json. */
export default function ApiDocsPage() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="font-serif text-3xl font-bold">Lineup API v1</h1>
      <p className="mt-2">
        Machine-readable:{" "}
        <a href="/api/v1/openapi.json" className="underline">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1). Errors are <code>{`{"error": {"code", "message", "fields"}}`}</code> with a 4xx status; <code>fields</code> names
        each bad field. Sign in with <code>POST /api/v1/session</code>: the session cookie is then sent with each request. Fields marked *
        are required.
      </p>
      <h2 className="mt-6 text-2xl font-semibold">API</h2>
      {API_OPERATIONS.map((op) => (
        <Operation key={`${op.method} ${op.path}`} op={op} />
      ))}
      <h2 className="mt-8 text-2xl font-semibold">Public feeds</h2>
      {FEED_OPERATIONS.map((op) => (
        <Operation key={`${op.method} ${op.path}`} op={op} />
      ))}
    </main>
  );
}
