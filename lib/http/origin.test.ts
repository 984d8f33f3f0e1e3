import { describe, expect, it } from "vitest";
import { checkWriteOrigin, requestOrigin, type WriteRequest } from "./origin";

const SITE = "http://127.0.0.1:3000";
const TRUSTED = [SITE, "https://admin.festival.example"];
const post = (over: Partial<WriteRequest> = {}): WriteRequest => ({
  method: "POST",
  origin: null,
  secFetchSite: null,
  authorization: null,
  ...over,
});

describe("checkWriteOrigin: named cases", () => {
  it.each([
    { name: "same origin", req: post({ origin: SITE }), ok: true },
    { name: "same origin with a default port spelled out", req: post({ origin: "https://admin.festival.example:443" }), ok: true },
    { name: "allowed origin (LINEUP_ALLOWED_ORIGINS)", req: post({ origin: "https://admin.festival.example" }), ok: true },
    { name: "allowed host over the other scheme", req: post({ origin: "http://admin.festival.example" }), ok: false },
    { name: "another site", req: post({ origin: "https://evil.example" }), ok: false },
    { name: "a sibling port of the same host", req: post({ origin: "http://127.0.0.1:3001" }), ok: false },
    { name: "same host over https", req: post({ origin: "https://127.0.0.1:3000" }), ok: false },
    { name: "Origin: null (sandboxed frame)", req: post({ origin: "null" }), ok: false },
    { name: "malformed Origin", req: post({ origin: "not a url" }), ok: false },
    {
      name: "Origin wins over a same-origin Sec-Fetch-Site",
      req: post({ origin: "https://evil.example", secFetchSite: "same-origin" }),
      ok: false,
    },
    {
      name: "allowed Origin wins over cross-site Sec-Fetch-Site",
      req: post({ origin: "https://admin.festival.example", secFetchSite: "cross-site" }),
      ok: true,
    },
    { name: "no Origin, Sec-Fetch-Site same-origin", req: post({ secFetchSite: "same-origin" }), ok: true },
    { name: "no Origin, Sec-Fetch-Site none (typed by the user)", req: post({ secFetchSite: "none" }), ok: true },
    { name: "no Origin, Sec-Fetch-Site same-site (sibling port)", req: post({ secFetchSite: "same-site" }), ok: false },
    { name: "no Origin, Sec-Fetch-Site cross-site", req: post({ secFetchSite: "cross-site" }), ok: false },
    { name: "neither header: a script or curl", req: post(), ok: true },
    { name: "bearer token from another site", req: post({ origin: "https://evil.example", authorization: "Bearer lineup_abc" }), ok: true },
    {
      name: "Basic credentials are not exempt (browsers send them by themselves)",
      req: post({ origin: "https://evil.example", authorization: "Basic dTpw" }),
      ok: false,
    },
    { name: "empty Bearer is not exempt", req: post({ origin: "https://evil.example", authorization: "Bearer " }), ok: false },
    { name: "GET from another site", req: post({ method: "GET", origin: "https://evil.example" }), ok: true },
    { name: "HEAD from another site", req: post({ method: "HEAD", origin: "https://evil.example" }), ok: true },
    { name: "PUT from another site", req: post({ method: "PUT", origin: "https://evil.example" }), ok: false },
    { name: "PATCH from another site", req: post({ method: "PATCH", origin: "https://evil.example" }), ok: false },
    { name: "DELETE from another site", req: post({ method: "delete", origin: "https://evil.example" }), ok: false },
  ])("$name", ({ req, ok }) => {
    const verdict = checkWriteOrigin(req, TRUSTED);
    expect(verdict.ok, verdict.why).toBe(ok);
  });

  it("names the refused origin in its reason", () => {
    expect(checkWriteOrigin(post({ origin: "https://evil.example" }), TRUSTED)).toEqual({
      ok: false,
      why: 'the request comes from "https://evil.example", not from this site',
    });
  });
});

describe("requestOrigin: the site's own origin from Host and the front's scheme", () => {
  it.each([
    { name: "plain http", host: "127.0.0.1:3000", proto: null, scheme: "http:", origin: "http://127.0.0.1:3000" },
    { name: "https reported by the front", host: "fest.example", proto: "https", scheme: "http:", origin: "https://fest.example" },
    { name: "first of a list of protos", host: "fest.example", proto: "https, http", scheme: "http:", origin: "https://fest.example" },
    {
      name: "unknown proto falls back to the server's",
      host: "fest.example",
      proto: "gopher",
      scheme: "http:",
      origin: "http://fest.example",
    },
    { name: "default port dropped", host: "fest.example:443", proto: "https", scheme: "http:", origin: "https://fest.example" },
    { name: "IPv6 literal", host: "[::1]:3000", proto: null, scheme: "http:", origin: "http://[::1]:3000" },
    { name: "no Host", host: null, proto: null, scheme: "http:", origin: null },
    { name: "Host with a path", host: "evil.example/x", proto: null, scheme: "http:", origin: null },
    { name: "Host with user info", host: "a@evil.example", proto: null, scheme: "http:", origin: null },
  ])("$name", ({ host, proto, scheme, origin }) => expect(requestOrigin(host, proto, scheme)).toBe(origin));
});
