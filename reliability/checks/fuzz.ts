/**
 * d. Fuzzing every mutating API route. The routes are found by walking app/api/v1 and reading
 * which of POST/PUT/PATCH/DELETE each route.ts exports; the body fields each one knows come from
 * the OpenAPI document. Inputs are generated with fast-check (seeded, reproducible): wrong types,
 * nulls, nested objects, deep nesting, huge strings (up to 2 MB, some streamed without a
 * content-length), unicode (lone surrogates, RTL marks, emoji, NUL), SQL and HTML metacharacters,
 * malformed JSON, odd content types, mangled path parameters and cookies — mixed with plausible
 * bodies so the inputs reach the services' rules and the database, not only the parser.
 *
 * Requests go one at a time. After each, a digest of every table (read-only connection on the
 * same file; the sessions' sliding expiry left out) is compared with the one before: a refused
 * request (non-2xx) must have written nothing. Proves: 0 responses >= 500, the server never
 * dies (/api/health answers throughout, the process never exits), nothing written for refused input.
 */

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { TableDigester } from "@/db/inspect";
import { itemAt } from "@/lib/lists";
import { ADMIN, Client, root, type Server, truncate } from "@/reliability/lib";

const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;

export interface RouteInfo {
  method: string;
  /** e.g. /api/v1/editions/[slug]/slots/[id] */
  template: string;
  file: string;
  fields: string[];
}

/** Every mutating method of every route.ts under app/api/v1. */
function discoverRoutes(): RouteInfo[] {
  const apiDir = path.join(root, "app", "api", "v1");
  const out: RouteInfo[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name === "route.ts") {
        const src = fs.readFileSync(p, "utf8");
        const methods = new Set<string>();
        for (const [, declared, fn] of src.matchAll(
          /export\s+(?:const|let|var)\s+([A-Z]+)\b|export\s+(?:async\s+)?function\s+([A-Z]+)\s*\(/g,
        )) {
          const name = declared ?? fn;
          if (name) methods.add(name);
        }
        for (const [, list = ""] of src.matchAll(/export\s*\{([^}]*)\}/g))
          for (const part of list.split(","))
            methods.add(
              part
                .trim()
                .split(/\s+as\s+/)
                .pop()!
                .trim(),
            );
        const template = `/${path.relative(path.join(root, "app"), dir).split(path.sep).join("/")}`;
        for (const method of MUTATING) if (methods.has(method)) out.push({ method, template, file: path.relative(root, p), fields: [] });
      }
    }
  };
  walk(apiDir);
  return out;
}

/** The parts of an OpenAPI document (or one of its schemas) that name a request body's fields. */
interface BodySchema {
  $ref?: string;
  properties?: Record<string, unknown>;
  allOf?: BodySchema[];
  anyOf?: BodySchema[];
}
interface OpenApiBodies {
  paths?: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: BodySchema }> } }>>;
  components?: { schemas?: Record<string, BodySchema> };
}

/** Body field names per route from the OpenAPI document (`{slug}` <-> `[slug]`). */
function fieldsFromOpenApi(doc: OpenApiBodies, r: RouteInfo): string[] {
  const p = r.template.replace(/\[([^\]]+)\]/g, "{$1}");
  const op = doc.paths?.[p]?.[r.method.toLowerCase()];
  if (!op?.requestBody) return [];
  const names = new Set<string>();
  for (const c of Object.values(op.requestBody.content ?? {})) {
    let s = c.schema;
    const ref = s?.$ref?.split("/").pop();
    if (ref) s = doc.components?.schemas?.[ref];
    for (const k of Object.keys(s?.properties ?? {})) names.add(k);
    for (const sub of [...(s?.allOf ?? []), ...(s?.anyOf ?? [])]) for (const k of Object.keys(sub?.properties ?? {})) names.add(k);
  }
  return [...names];
}

/* ---------- the fuzz festival ---------- */

interface Targets {
  slug: string;
  editionId: number;
  filmIds: number[];
  venueIds: number[];
  slotIds: number[];
  /** Other resources by the path segment before their [id] (users, tokens, ...): never the fuzzer's own admin. */
  other: Record<string, number[]>;
}

async function want<T>(api: Client, url: string, key: string): Promise<T> {
  const r = await api.get(url);
  const v = r.status === 200 ? (r.json() as Record<string, unknown>)[key] : undefined;
  if (v === undefined) throw new Error(`GET ${url}: ${r.status} ${r.text.slice(0, 300)}`);
  return v as T;
}

/** Reads the fixtures made after accepted fuzz writes that the server answered with 5xx. */
const followUpErrors: string[] = [];

async function ensureTargets(api: Client, t: Targets | null, slugSeed: string): Promise<Targets> {
  try {
    return await ensureTargetsOnce(api, t, slugSeed);
  } catch (e) {
    if (/: 5\d\d /.test((e as Error).message)) followUpErrors.push((e as Error).message.slice(0, 500));
    // The fuzz edition got into a state the fixtures cannot repair: start a new one.
    console.log(`  [d] fuzz fixtures rebuilt (${(e as Error).message.slice(0, 200)})`);
    return ensureTargetsOnce(api, null, `${slugSeed}-${Date.now().toString(36)}`);
  }
}

async function ensureTargetsOnce(api: Client, t: Targets | null, slugSeed: string): Promise<Targets> {
  let slug = t?.slug ?? `fuzz-${slugSeed}`;
  let editionId = t?.editionId ?? 0;
  if (t) {
    // A fuzzed PATCH may have renamed the edition: find it again by id.
    const list = await want<{ id: number; slug: string }[]>(api, "/api/v1/editions", "editions");
    const found = list.find((e) => e.id === editionId);
    if (found) slug = found.slug;
    else editionId = 0;
  }
  if (!editionId) {
    slug = `fuzz-${slugSeed}-${Date.now().toString(36)}`.slice(0, 60);
    const r = await api.post("/api/v1/editions", {
      slug,
      name: "Fuzz festival",
      firstDay: "2026-07-01",
      lastDay: "2026-07-03",
      timeZone: "Europe/Lisbon",
    });
    if (r.status !== 201) throw new Error(`cannot create the fuzz edition: ${r.status} ${r.text}`);
    editionId = r.json<{ id: number }>().id;
  }
  const films = (
    await want<{ id: number; title: string | null; runtimeMinutes: number | null }[]>(api, "/api/v1/films?limit=5000", "films")
  ).filter((f) => f.title?.startsWith("Fuzz target") && f.runtimeMinutes === 70);
  const filmIds = films.map((f) => f.id);
  while (filmIds.length < 3) {
    const r = await api.post("/api/v1/films", { title: `Fuzz target ${filmIds.length + 1}`, year: 2020, runtimeMinutes: 70 });
    if (r.status !== 201) throw new Error(`cannot create a fuzz film: ${r.status} ${r.text}`);
    filmIds.push(r.json<{ id: number }>().id);
  }
  const venueIds = (await want<{ id: number }[]>(api, `/api/v1/editions/${slug}/venues`, "venues")).map((v) => v.id);
  while (venueIds.length < 2) {
    const r = await api.post(`/api/v1/editions/${slug}/venues`, {
      name: `Fuzz room ${Date.now().toString(36)}-${venueIds.length}`,
      capacity: 50,
    });
    if (r.status !== 201) throw new Error(`cannot create a fuzz venue: ${r.status} ${r.text}`);
    venueIds.push(r.json<{ id: number }>().id);
  }
  const slotIds = (await want<{ id: number }[]>(api, `/api/v1/editions/${slug}/slots`, "slots")).map((s) => s.id);
  for (let i = slotIds.length; i < 3; i++) {
    const start = 10 + i * 4;
    const r = await api.post(`/api/v1/editions/${slug}/slots`, {
      venueId: venueIds[0],
      startsAt: `2026-07-02T${start}:00:00+01:00`,
      endsAt: `2026-07-02T${start + 3}:00:00+01:00`,
    });
    if (r.status === 201) slotIds.push(r.json<{ id: number }>().id);
  }
  for (const s of await want<{ id: number; screening: unknown }[]>(api, `/api/v1/editions/${slug}/slots`, "slots")) {
    if (!s.screening) await api.put(`/api/v1/editions/${slug}/slots/${s.id}/screening`, { filmIds: [filmIds[0]], status: "tentative" });
  }
  // Users and API tokens (when this version of Lineup has them): a sacrificial user and token,
  // so a fuzzed PATCH /users/{id} can never disable or demote the fuzzer's own admin.
  const other: Record<string, number[]> = { ...(t?.other ?? {}) };
  const users = await api.get("/api/v1/users");
  if (users.status === 200) {
    const victim = users.json<{ users: { id: number; email: string }[] }>().users.find((u) => u.email === "fuzz-victim@lineup.test");
    if (victim) other.users = [victim.id];
    else {
      const r = await api.post("/api/v1/users", {
        email: "fuzz-victim@lineup.test",
        name: "Fuzz victim",
        password: "walnut-harbour-ledger-1",
        role: "viewer",
      });
      if (r.status === 201) other.users = [r.json<{ id: number }>().id];
    }
  }
  const tokens = await api.get("/api/v1/tokens");
  if (tokens.status === 200) {
    const list = tokens.json<{ tokens?: { id: number }[] }>().tokens ?? [];
    if (list.length) other.tokens = list.map((x) => x.id);
    else {
      const r = await api.post("/api/v1/tokens", { name: "fuzz target", role: "viewer" });
      if (r.status === 201) other.tokens = [r.json<{ id: number }>().id];
    }
  }
  return { slug, editionId, filmIds, venueIds, slotIds, other };
}

/* ---------- generators ---------- */

const SQL = [
  "' OR 1=1 --",
  "'; DROP TABLE films; --",
  '" OR ""="',
  "1; SELECT * FROM users",
  "%",
  "_",
  "\\",
  "' UNION SELECT password_hash FROM users --",
  "0x00",
  "`",
  "]]]",
  "?",
  ":name",
  "$1",
];
const HTML = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "&amp;&lt;&#0;",
  "<!--",
  "]]>",
  '"><svg/onload=alert(1)>',
  "</title>",
  "{{7*7}}",
  "$" + "{7*7}", // a template-literal injection, spelled apart so it is not one here
];
const UNICODE = [
  "\u0000",
  "\uD800",
  "\uDFFF",
  "\u202E\u202D",
  "\uFEFF",
  "🎬🍿",
  "Ñoño Łódź",
  "漢字カタカナ",
  "ﷺ",
  "Z̵̡̢̛̖̗a̸l̴g̴o̶",
  "\u2028\u2029",
  "\r\n\t",
  " ",
  "",
];
const STRINGY = ["NaN", "Infinity", "-1", "null", "true", "undefined", "[]", "{}", "__proto__", "constructor", "toString", "1e999"];

const weirdScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, -0, 1.5, 1e308, -1e308, 2 ** 53 + 1, 4294967296, 1e-320, 2147483648),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(...SQL, ...HTML, ...UNICODE, ...STRINGY),
  fc.integer({ min: 301, max: 30_000 }).map((n) => "é".repeat(n)),
);

const weirdValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, weirdScalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(
    fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("__proto__", "constructor", "title", "id", "version")),
    tie("value"),
    { maxKeys: 5 },
  ),
})).value;

const pad = (n: number) => String(n).padStart(2, "0");
const day = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc.constantFrom("2026-07-01", "2026-07-03", "2026-02-29", "2026-13-01", "0000-00-00", "2026-7-1", "9999-12-31", "2026-07-01T00:00"),
);
const instant = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom("+01:00", "Z", "+14:00", "-12:00", "+00:00"),
    )
    .map(([d, h, m, z]) => `2026-07-0${d}T${pad(h)}:${pad(m)}:00${z}`),
  fc.constantFrom(
    "2026-07-02T10:00:00",
    "2026-07-02 10:00",
    "2026-07-02T25:00:00Z",
    "1970-01-01T00:00:00Z",
    "275760-09-13T00:00:00Z",
    "2026-10-25T01:30:00+01:00",
    "tomorrow",
    "",
  ),
);

function plausible(field: string, t: Targets): fc.Arbitrary<unknown> {
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(...SQL, ...HTML, ...UNICODE),
    fc.string({ unit: "grapheme", maxLength: 30 }),
  );
  const list = fc.array(text, { maxLength: 4 });
  const minutes = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(-1, 600, 601, 1.5));
  switch (field) {
    case "title":
    case "originalTitle":
    case "name":
    case "subtitles":
    case "genre":
    case "synopsis":
    case "internalNotes":
    case "note":
    case "fileName":
      return fc.oneof(text, fc.constant(null));
    case "year":
      return fc.oneof(fc.integer({ min: 1850, max: 2150 }), fc.constantFrom("1999", "MCMXCIX", null));
    case "runtimeMinutes":
      return fc.oneof(
        fc.integer({ min: -5, max: 2500 }),
        fc.constantFrom("1 hr 22 min", "135'", "1:30:00", "90 min", "two hours", "", null),
      );
    case "directors":
    case "cast":
    case "countries":
    case "languages":
      return list;
    case "slug":
      return fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/), fc.constantFrom(t.slug, "A", "-x", "a".repeat(64)));
    case "firstDay":
    case "lastDay":
      return day;
    case "timeZone":
      return fc.constantFrom(
        "Europe/Lisbon",
        "UTC",
        "Mars/Olympus",
        "Etc/GMT+14",
        "America/Argentina/ComodRivadavia",
        "",
        "+01:00",
        "europe/lisbon",
      );
    case "dayBreak":
      return fc.constantFrom("06:00", "00:00", "23:59", "24:00", "6:00", "ab:cd", "");
    case "capacity":
      return fc.oneof(fc.integer({ min: -1, max: 100_001 }), fc.constant(null));
    case "changeoverMinutes":
      return fc.oneof(fc.integer({ min: -1, max: 241 }), fc.constant(null));
    case "venueId":
      return fc.oneof(fc.constantFrom(...t.venueIds), fc.integer({ min: -1, max: 1_000_000 }));
    case "startsAt":
    case "endsAt":
      return instant;
    case "version":
      return fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(null));
    case "filmIds":
      return fc.array(fc.oneof(fc.constantFrom(...t.filmIds), fc.integer({ min: -1, max: 1_000_000 })), { maxLength: 32 });
    case "preShowMinutes":
    case "introMinutes":
    case "qaMinutes":
      return minutes;
    case "status":
      return fc.constantFrom("tentative", "confirmed", "cancelled", "CONFIRMED", "deleted", "");
    case "email":
      return fc.oneof(fc.constantFrom(ADMIN.email, ADMIN.email.toUpperCase(), "", "a@b"), fc.emailAddress(), text);
    case "password":
      return fc.oneof(fc.constantFrom("wrong", "", "x".repeat(1001)), text);
    case "text":
      return fc
        .array(
          fc.tuple(
            text,
            fc.oneof(fc.integer({ min: 1890, max: 2030 }).map(String), text),
            fc.oneof(fc.constantFrom("90", "1 hr 5 min", ""), text),
          ),
          { maxLength: 6 },
        )
        .map((rows) =>
          ["title,year,runtime", ...rows.map((r) => r.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))].join(
            "\n",
          ),
        );
    case "contentType":
      return fc.constantFrom("text/csv", "text/html", "text/plain", "text/tab-separated-values", "application/json", "image/png", "");
    case "mapping":
      return fc.oneof(
        fc.dictionary(fc.string({ maxLength: 10 }), fc.constantFrom("title", "year", "runtimeMinutes", null, "nope")),
        weirdValue,
      );
    case "decisions":
      return weirdValue;
    default:
      return weirdValue;
  }
}

type BodySpec =
  | { kind: "json"; value: unknown }
  | { kind: "text"; text: string; contentType: string | null }
  | { kind: "huge"; bytes: number; char: string; asJsonField: string | null; stream: boolean }
  | { kind: "deep"; depth: number; shape: "array" | "object" }
  | { kind: "none" };

type Auth = "admin" | "none" | "garbage" | "unknown-token";

export interface FuzzCase {
  route: RouteInfo;
  auth: Auth;
  params: Record<string, string | null>;
  query: string;
  body: BodySpec;
}

const MALFORMED = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    "{",
    "[1,2",
    '{"title": }',
    "{'title': 'x'}",
    '{"title": "x",}',
    "\uFEFF{}",
    '{"a":NaN}',
    '{"a":1e999}',
    '{"a":"\\x"}',
    '{"a":"\\ud800"}',
    "nul",
    "tru",
    '"',
    "[][]",
    "{}{}",
    '{"__proto__":{"admin":true}}',
    '{"title":"a","title":1}',
    "\u0000",
  ),
  fc.json().map((j) => j.slice(0, Math.max(1, Math.floor(j.length / 2)))),
);

function caseArbitrary(route: RouteInfo, t: Targets): fc.Arbitrary<FuzzCase> {
  const params = [...route.template.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
  const mangled = fc.oneof(
    fc.constantFrom(
      "0",
      "-1",
      "1e3",
      "99999999999",
      "abc",
      "1.5",
      " 1",
      "%00",
      "..",
      "%2e%2e",
      "%E0%A4%A",
      "%",
      "%2F",
      "ü",
      "🎬",
      "9".repeat(400),
      "a".repeat(5000),
      "1;DROP TABLE films",
      "<script>",
    ),
    fc.string({ maxLength: 20 }).map((s) => encodeURIComponent(s) || "x"),
    fc.integer({ min: 1, max: 100_000 }).map(String),
  );
  const isDelete = route.method === "DELETE";
  const paramArb = fc.record(
    Object.fromEntries(
      params.map((p) => [
        p,
        fc.oneof({ weight: isDelete ? 1 : 6, arbitrary: fc.constant(null) }, { weight: isDelete ? 2 : 1, arbitrary: mangled }),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, string | null>>;
  const known = route.fields;
  const structured = fc
    .tuple(
      fc.subarray(known),
      fc.array(
        fc.tuple(
          fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "id", "editionId", "role", "passwordHash")),
          weirdValue,
        ),
        { maxLength: 2 },
      ),
      fc.array(fc.boolean(), { minLength: known.length, maxLength: known.length }),
    )
    .chain(([keys, extra, weirdness]) =>
      fc
        .tuple(
          ...keys.map((k) =>
            weirdness[known.indexOf(k)]
              ? fc.oneof({ weight: 1, arbitrary: weirdValue }, { weight: 3, arbitrary: plausible(k, t) })
              : plausible(k, t),
          ),
        )
        .map((values) => {
          const o: Record<string, unknown> = {};
          for (const [i, k] of keys.entries()) o[k] = values[i];
          for (const [k, v] of extra) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
          return o;
        }),
    );
  const mostlyValid = fc
    .tuple(
      fc.record(Object.fromEntries(known.map((k) => [k, plausible(k, t)]))),
      fc.constantFrom(...(known.length ? known : ["x"])),
      weirdValue,
    )
    .map(([o, k, v]) => ({ ...o, [k]: v }));
  const body: fc.Arbitrary<BodySpec> = fc.oneof(
    { weight: 30, arbitrary: structured.map((value) => ({ kind: "json" as const, value })) },
    {
      weight: 12,
      arbitrary: fc.record(Object.fromEntries(known.map((k) => [k, plausible(k, t)]))).map((value) => ({ kind: "json" as const, value })),
    },
    { weight: 10, arbitrary: mostlyValid.map((value) => ({ kind: "json" as const, value })) },
    { weight: 10, arbitrary: weirdValue.map((value) => ({ kind: "json" as const, value })) },
    { weight: 12, arbitrary: MALFORMED.map((text) => ({ kind: "text" as const, text, contentType: "application/json" })) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.constantFrom(
              "title,year\nMatewan,1987",
              "<table><tr><td>x</td></tr></table>",
              "a=1&b=2",
              '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
            ),
          ),
          fc.constantFrom(
            "text/plain",
            "text/csv",
            "text/html",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/octet-stream",
            "application/xml",
            null,
            "application/json; charset=latin1",
            "APPLICATION/JSON",
          ),
        )
        .map(([text, contentType]) => ({ kind: "text" as const, text, contentType })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 900_000, max: 2_000_000 }),
          fc.constantFrom("x", "é", "🎬", "'", "<"),
          fc.option(fc.constantFrom(...(known.length ? known : ["title"])), { nil: null }),
          fc.boolean(),
        )
        .map(([bytes, char, asJsonField, stream]) => ({ kind: "huge" as const, bytes, char, asJsonField, stream })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom("array" as const, "object" as const))
        .map(([depth, shape]) => ({ kind: "deep" as const, depth, shape })),
    },
    { weight: 5, arbitrary: fc.constant({ kind: "none" as const }) },
  );
  const auth = fc.constantFrom<Auth>(...(Array(16).fill("admin") as Auth[]), "none", "none", "garbage", "unknown-token");
  const query = fc.oneof(
    { weight: 8, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.constantFrom("?dryRun=true", "?dryRun=1", "?fileName=x.csv", "?a=%", "?version=1", "?__proto__[x]=1") },
  );
  return fc.record({ route: fc.constant(route), auth, params: paramArb, query, body });
}

/* ---------- sending ---------- */

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });

/**
 * One request with node:http: the path goes out byte for byte (no URL normalisation), and a
 * huge body gets a connection of its own, closed afterwards, so a server that stops reading
 * it early cannot spoil the next request's connection.
 */
function send(
  base: string,
  method: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  body: string | ReadableStream<Uint8Array> | undefined,
  own: boolean,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const h: Record<string, string | number> = { ...headers };
    if (typeof body === "string") h["content-length"] = Buffer.byteLength(body);
    // A streamed body without Content-Length goes out chunked, as HTTP frames it. (Node's client
    // chunks by default except for DELETE, GET and HEAD: without this header a DELETE's body
    // went out unframed, and the server rightly read its bytes as a broken next request.)
    else if (body !== undefined) h["transfer-encoding"] = "chunked";
    if (own) h.connection = "close";
    const req = http.request(
      { host: u.hostname, port: u.port, method, path: pathAndQuery, headers: h, agent: own ? false : keepAlive, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on("error", (e) => reject(e));
    if (body === undefined) req.end();
    else if (typeof body === "string") req.end(body);
    else {
      const reader = body.getReader();
      const pump = (): void => {
        reader.read().then(
          ({ done, value }) => {
            if (done) return void req.end();
            if (req.destroyed) return;
            if (req.write(value)) pump();
            else req.once("drain", pump);
          },
          (e) => req.destroy(e),
        );
      };
      req.on("close", () => void reader.cancel().catch(() => {}));
      pump();
    }
  });
}

function materialise(b: BodySpec): {
  raw?: string | ReadableStream<Uint8Array>;
  contentType: string | null;
  describe: string;
  size: number;
} {
  switch (b.kind) {
    case "none":
      return { contentType: null, describe: "(no body)", size: 0 };
    case "json": {
      const raw = JSON.stringify(b.value) ?? "null";
      return { raw, contentType: "application/json", describe: raw, size: Buffer.byteLength(raw) };
    }
    case "text":
      return {
        raw: b.text,
        contentType: b.contentType,
        describe: `${b.contentType ?? "(no content-type)"}: ${JSON.stringify(b.text)}`,
        size: Buffer.byteLength(b.text),
      };
    case "deep": {
      const raw = b.shape === "array" ? "[".repeat(b.depth) + "]".repeat(b.depth) : `${'{"a":'.repeat(b.depth)}1${"}".repeat(b.depth)}`;
      return { raw, contentType: "application/json", describe: `JSON nested ${b.depth} deep (${b.shape})`, size: raw.length };
    }
    case "huge": {
      const n = Math.max(1, Math.floor(b.bytes / Buffer.byteLength(b.char)));
      const s = b.char.repeat(n);
      const text = b.asJsonField ? JSON.stringify({ [b.asJsonField]: s }) : s;
      const describe = `${b.asJsonField ? `{"${b.asJsonField}": "${b.char}" x ${n}}` : `"${b.char}" x ${n}`} (${Buffer.byteLength(text)} bytes${b.stream ? ", streamed without content-length" : ""})`;
      if (!b.stream)
        return { raw: text, contentType: b.asJsonField ? "application/json" : "text/plain", describe, size: Buffer.byteLength(text) };
      const bytes = Buffer.from(text);
      let off = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(c) {
          if (off >= bytes.length) return c.close();
          c.enqueue(bytes.subarray(off, off + 65536));
          off += 65536;
        },
      });
      return { raw: stream, contentType: b.asJsonField ? "application/json" : "text/plain", describe, size: bytes.length };
    }
  }
}

function realParam(name: string, template: string, t: Targets, i: number): string {
  if (name === "slug") return t.slug;
  const [head = ""] = template.split(`/[${name}]`);
  const before = head.split("/").pop();
  const pick = (xs: number[]) => String(xs[i % xs.length] ?? 1);
  if (before === "films") return pick(t.filmIds);
  if (before === "slots") return pick(t.slotIds);
  if (before === "venues") return pick(t.venueIds);
  if (before && t.other[before]?.length) return pick(t.other[before]);
  return "999999";
}

/** Does a path segment hold a %-escape that is not valid UTF-8 percent-encoding? */
function malformedEscape(url: string): boolean {
  const [pathPart = ""] = url.split("?");
  return pathPart.split("/").some((seg) => {
    try {
      decodeURIComponent(seg);
      return false;
    } catch {
      return true;
    }
  });
}

/** One line per kind of failure: what, on which routes, how often, and the first example. */
function groupFailures(failures: FuzzFailure[]): { signature: string; count: number; routes: string[]; example: FuzzFailure }[] {
  const groups = new Map<string, { signature: string; count: number; routes: Set<string>; example: FuzzFailure }>();
  for (const f of failures) {
    const cause =
      f.kind === "5xx" && malformedEscape(f.url)
        ? "path segment with a malformed %-escape"
        : (f.response ?? f.detail ?? "").replace(/\d+/g, "N").slice(0, 80);
    const signature = `${f.kind} ${f.status ?? ""}: ${cause}`;
    const g = groups.get(signature) ?? { signature, count: 0, routes: new Set<string>(), example: f };
    g.count += 1;
    g.routes.add(`${f.method} ${f.template ?? f.url.split("?")[0]}`);
    groups.set(signature, g);
  }
  return [...groups.values()].map((g) => ({ ...g, routes: [...g.routes].sort() }));
}

export interface FuzzFailure {
  template?: string;
  kind: "5xx" | "written-on-refusal" | "crash" | "no-answer";
  method: string;
  url: string;
  auth: string;
  body: string;
  bodyFile?: string;
  status?: number;
  response?: string;
  detail?: string;
}

export interface FuzzFigures {
  seed: number;
  routes: { method: string; route: string; sent: number; accepted: number; refused: number; statuses: Record<string, number> }[];
  inputs: number;
  accepted: number;
  refused: number;
  serverErrors: number;
  writtenOnRefusal: number;
  connectionErrors: number;
  /** Inputs that got no HTTP answer (each is a connection error too, which fails the check). */
  unanswered: number;
  crashes: number;
  healthChecks: number;
  healthFailures: number;
  durationMs: number;
  /** Inputs per second over the whole check (a figure, not a verdict: the verdict needs every input run). */
  inputsPerSecond: number;
  failures: FuzzFailure[];
  /** failures grouped by cause */
  failureGroups: { signature: string; count: number; routes: string[]; example: FuzzFailure }[];
  connectionErrorExamples: string[];
  serverLogErrors: string[];
  changedTablesOnAccept: Record<string, number>;
  requestMs: number;
  digestMs: number;
  refreshMs: number;
}

export async function fuzzRoutes(
  server: Server,
  admin: Client,
  opts: { inputs: number; seed: number; deadlineMs: number; failuresDir: string },
): Promise<FuzzFigures> {
  const started = Date.now();
  const doc = (await admin.get("/api/v1/openapi.json")).json<OpenApiBodies>();
  const routes = discoverRoutes().map((r) => ({ ...r, fields: fieldsFromOpenApi(doc, r) }));
  let targets = await ensureTargets(admin, null, String(opts.seed));
  // Spare sessions for DELETE /api/v1/session, so the fuzzer never signs its admin out. Made up
  // front: once the fuzzed sign-ins trip the sign-in rate limit (429), no new session can be had.
  const spares: string[] = [];
  for (let n = 0; n < 40; n++) {
    const c = new Client(server.url);
    await c.signIn();
    spares.push(c.cookie!);
  }
  const spare = {
    get cookie() {
      return spares[0] ?? "lineup_session=spent";
    },
    next() {
      spares.shift();
    },
  };

  const digester = new TableDigester(server.dbPath, { ignoreColumns: { sessions: ["last_seen_at", "expires_at"] } });
  const stats = new Map(
    routes.map((r) => [
      `${r.method} ${r.template}`,
      { method: r.method, route: r.template, sent: 0, accepted: 0, refused: 0, statuses: {} as Record<string, number> },
    ]),
  );
  const fig: FuzzFigures = {
    seed: opts.seed,
    routes: [...stats.values()],
    inputs: 0,
    accepted: 0,
    refused: 0,
    serverErrors: 0,
    writtenOnRefusal: 0,
    connectionErrors: 0,
    unanswered: 0,
    crashes: 0,
    healthChecks: 0,
    healthFailures: 0,
    durationMs: 0,
    inputsPerSecond: 0,
    failures: [],
    failureGroups: [],
    connectionErrorExamples: [],
    serverLogErrors: [],
    changedTablesOnAccept: {},
    requestMs: 0,
    digestMs: 0,
    refreshMs: 0,
  };
  const crashesBefore = server.crashes;
  const logErrorsBefore = server.errors.length;
  fs.rmSync(opts.failuresDir, { recursive: true, force: true });

  const all: FuzzFailure[] = [];
  const record = (f: FuzzFailure, rawBody: string | null) => {
    all.push({ ...f, body: f.body.slice(0, 200), response: f.response?.slice(0, 200) });
    if (fig.failures.length >= 40) return;
    if (rawBody !== null) {
      fs.mkdirSync(opts.failuresDir, { recursive: true });
      f.bodyFile = path.relative(root, path.join(opts.failuresDir, `${fig.failures.length + 1}.body`));
      fs.writeFileSync(path.join(root, f.bodyFile), rawBody);
    }
    fig.failures.push(f);
  };

  let before = digester.digest();
  const perBatch = 250;
  let i = 0;
  while (i < opts.inputs && Date.now() - started < opts.deadlineMs) {
    // One seeded batch of cases, spread evenly over the routes.
    const batch: FuzzCase[] = [];
    for (const [r, route] of routes.entries()) {
      const n = Math.ceil(perBatch / routes.length);
      batch.push(...fc.sample(caseArbitrary(route, targets), { seed: opts.seed + i + r * 7919, numRuns: n }));
    }
    batch.sort((a, b) => (a.route.template + a.route.method < b.route.template + b.route.method ? -1 : 1));
    const order = batch.map((_, k) => k).sort((a, b) => ((a * 2654435761) % 1000) - ((b * 2654435761) % 1000));
    let needsRefresh = false;
    for (const k of order) {
      if (i >= opts.inputs || Date.now() - started >= opts.deadlineMs) break;
      const c = itemAt(batch, k, "fuzz case");
      i += 1;
      fig.inputs += 1;
      const st = stats.get(`${c.route.method} ${c.route.template}`)!;
      st.sent += 1;
      // Mangled parameters go out as they are, except what HTTP itself cannot carry (spaces, non-ASCII): that is percent-encoded.
      const url =
        c.route.template.replace(/\[([^\]]+)\]/g, (_, name: string) =>
          c.params[name] !== null && c.params[name] !== undefined
            ? c.params[name]!.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch))
            : realParam(name, c.route.template, targets, i),
        ) + c.query;
      let cookie: string | null;
      const isSignOut = c.route.template === "/api/v1/session" && c.route.method === "DELETE";
      if (c.auth === "admin") cookie = isSignOut ? spare.cookie : admin.cookie;
      else if (c.auth === "none") cookie = null;
      else if (c.auth === "garbage") cookie = `lineup_session=${encodeURIComponent("' OR 1=1 --🎬")}; other=%`;
      else cookie = `lineup_session=${"A".repeat(43)}`;
      const m = materialise(c.body);
      const rawForFile = c.body.kind === "huge" ? null : typeof m.raw === "string" ? m.raw : null;
      let reply: { status: number; text: string } | null = null;
      let redigest = false;
      const headers: Record<string, string> = {};
      if (cookie) headers.cookie = cookie;
      if (m.contentType) headers["content-type"] = m.contentType;
      const tReq = performance.now();
      try {
        reply = await send(server.url, c.route.method, url, headers, m.raw, c.body.kind === "huge" || c.body.kind === "deep", 30_000);
      } catch (e) {
        const msg = `${(e as Error).message}${(e as Error).cause ? `: ${((e as Error).cause as Error).message}` : ""}`;
        fig.connectionErrors += 1;
        if (fig.connectionErrorExamples.length < 30)
          fig.connectionErrorExamples.push(`${c.route.method} ${truncate(url, 120)} ${truncate(m.describe, 120)} -> ${msg}`);
      }
      fig.requestMs += performance.now() - tReq;
      const key = reply ? String(reply.status) : "no reply";
      st.statuses[key] = (st.statuses[key] ?? 0) + 1;
      if (isSignOut && reply?.status === 200 && c.auth === "admin") spare.next();

      if (reply && reply.status >= 500) {
        fig.serverErrors += 1;
        record(
          {
            kind: "5xx",
            template: c.route.template,
            method: c.route.method,
            url,
            auth: c.auth,
            body: truncate(m.describe, 2000),
            status: reply.status,
            response: truncate(reply.text, 1000),
          },
          rawForFile,
        );
      }
      const tDig = performance.now();
      const after = digester.digest();
      fig.digestMs += performance.now() - tDig;
      if (reply && reply.status >= 200 && reply.status < 300) {
        fig.accepted += 1;
        st.accepted += 1;
        for (const t of Object.keys(after.tables))
          if (after.tables[t] !== before.tables[t]) fig.changedTablesOnAccept[t] = (fig.changedTablesOnAccept[t] ?? 0) + 1;
        if (c.route.template !== "/api/v1/session" && (c.route.method !== "POST" || /venues|slots|users|tokens/.test(c.route.template)))
          needsRefresh = true;
      } else if (!reply) {
        // No answer (counted above as a connection error, which fails the check): the request
        // may or may not have been handled, so it proves nothing about writes. Let the server
        // finish, and start the next comparison from what is there now.
        fig.unanswered += 1;
        await new Promise((r) => setTimeout(r, 100));
        if (isSignOut && c.auth === "admin") spare.next();
        redigest = true;
      } else {
        fig.refused += 1;
        st.refused += 1;
        if (after.all !== before.all) {
          const changed = Object.keys(after.tables).filter((t) => after.tables[t] !== before.tables[t]);
          const rows = changed.map((t) => `${t} ${before.rows[t] ?? 0}->${after.rows[t] ?? 0}`);
          fig.writtenOnRefusal += 1;
          record(
            {
              kind: "written-on-refusal",
              template: c.route.template,
              method: c.route.method,
              url,
              auth: c.auth,
              body: truncate(m.describe, 2000),
              status: reply?.status,
              response: reply ? truncate(reply.text, 1000) : undefined,
              detail: `tables changed: ${changed.join(", ")} (rows ${rows.join(", ")})`,
            },
            rawForFile,
          );
        }
      }
      before = redigest ? digester.digest() : after;
      if (!server.running) {
        record(
          {
            kind: "crash",
            template: c.route.template,
            method: c.route.method,
            url,
            auth: c.auth,
            body: truncate(m.describe, 2000),
            detail: server.log.slice(-20).join("\n"),
          },
          rawForFile,
        );
        await server.start(); // sessions live in the database: the cookies still work
        before = digester.digest();
      }
      if (fig.inputs % 100 === 0) {
        fig.healthChecks += 1;
        if (!(await server.healthy(10_000))) {
          fig.healthFailures += 1;
          record(
            {
              kind: "no-answer",
              template: c.route.template,
              method: c.route.method,
              url,
              auth: c.auth,
              body: truncate(m.describe, 2000),
              detail: "GET /api/health did not answer 200 after this input",
            },
            rawForFile,
          );
        }
      }
      if (needsRefresh && fig.inputs % 25 === 0) {
        const tRef = performance.now();
        targets = await ensureTargets(admin, targets, String(opts.seed));
        before = digester.digest();
        needsRefresh = false;
        fig.refreshMs += performance.now() - tRef;
      }
    }
    if (needsRefresh) {
      const tRef = performance.now();
      targets = await ensureTargets(admin, targets, String(opts.seed));
      before = digester.digest();
      fig.refreshMs += performance.now() - tRef;
    }
  }
  fig.healthChecks += 1;
  if (!(await server.healthy(10_000))) fig.healthFailures += 1;
  // A 5xx on a plain read after accepted fuzz writes is a server error too (the write left a state the app cannot read).
  for (const e of followUpErrors.splice(0)) {
    fig.serverErrors += 1;
    all.push({
      kind: "5xx",
      method: "GET",
      url: (e.split(":")[0] ?? "").replace(/^GET /, ""),
      auth: "admin",
      body: "(read after accepted fuzz writes)",
      status: 500,
      response: e,
      detail: `server log: ${server.errors
        .filter((l) => /unexpected error/.test(l))
        .slice(-3)
        .join(" | ")}`,
    });
  }
  fig.crashes += server.crashes - crashesBefore;
  fig.serverLogErrors = server.errors.slice(logErrorsBefore).slice(0, 20);
  digester.close();
  fig.failureGroups = groupFailures(all);
  fig.durationMs = Date.now() - started;
  fig.inputsPerSecond = Math.round((fig.inputs / Math.max(1, fig.durationMs)) * 10_000) / 10;
  return fig;
}
