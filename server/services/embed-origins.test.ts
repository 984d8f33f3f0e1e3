/**
 * embedOrigins on PATCH /api/v1/editions/{slug} (issue 17 §4): absolute http(s) origins only,
 * 422 naming the entry; a change reaches the front's policy for the embed pages at once.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { releaseRegistry } from "@/front/release-store.mjs";
import type { User } from "@/server/auth";
import { embedPolicy } from "@/server/release-cache";
import { lisbonEdition, refusalOf } from "@/server/test/db";
import { getEdition, updateEdition } from "./editions";

let admin: User;
const slug = "embed-test";

beforeEach(() => {
  admin = lisbonEdition(slug, "Embed");
});

function refusal(fn: () => unknown): { code: string; fields: Record<string, string> } {
  const { code, fields } = refusalOf(fn);
  return { code, fields };
}

describe("embedOrigins: which sites may frame the embeddable listing", () => {
  it.each([
    { name: "a path", value: "https://festival.example/programme" },
    { name: "a query", value: "https://festival.example/?a=1" },
    { name: "no scheme", value: "festival.example" },
    { name: "another scheme", value: "ftp://festival.example" },
    { name: "javascript:", value: "javascript:alert(1)" },
    { name: "a wildcard", value: "https://*.festival.example" },
    { name: "credentials", value: "https://user:pw@festival.example" },
    { name: "a CSP keyword", value: "'self'" },
    { name: "two origins in one", value: "https://a.example https://b.example" },
    { name: "not text", value: 12 },
  ])("refuses $name with 422 naming the entry", ({ value }) => {
    expect(refusal(() => updateEdition(admin, slug, { embedOrigins: ["https://ok.example", value] }))).toEqual({
      code: "unprocessable",
      fields: { "embedOrigins.1": expect.stringContaining("http(s) origin") },
    });
    expect(getEdition(admin, slug).embedOrigins).toEqual([]);
  });

  it("refuses a value that is not a list, naming the field", () => {
    expect(refusal(() => updateEdition(admin, slug, { embedOrigins: "https://a.example" })).fields).toEqual({
      embedOrigins: expect.stringContaining("list of origins"),
    });
  });

  it("keeps each origin exactly (lower-case host, no trailing slash, port kept, once) and the front sends them at once", () => {
    const saved = updateEdition(admin, slug, {
      embedOrigins: ["https://Festival.example/", "http://127.0.0.1:4100", "https://festival.example"],
    });
    expect(saved.embedOrigins).toEqual(["https://festival.example", "http://127.0.0.1:4100"]);
    expect(getEdition(admin, slug).embedOrigins).toEqual(saved.embedOrigins);
    expect(releaseRegistry().embedPolicies.get(slug)).toMatch(/frame-ancestors https:\/\/festival\.example http:\/\/127\.0\.0\.1:4100$/);
    updateEdition(admin, slug, { embedOrigins: [] });
    expect(releaseRegistry().embedPolicies.get(slug)).toContain("frame-ancestors 'none'");
  });
});

describe("embedPolicy", () => {
  it("runs no script and names the origins, or none", () => {
    expect(embedPolicy(["https://a.example"])).toMatch(/script-src 'none'.*frame-ancestors https:\/\/a\.example$/);
    expect(embedPolicy([])).toMatch(/frame-ancestors 'none'$/);
  });
});
