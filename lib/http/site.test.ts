import { describe, expect, it } from "vitest";
import { linkBaseUrl, parseOrigin, publicUrlWarning, serverActionHosts, siteConfig } from "./site";

describe("parseOrigin: LINEUP_ALLOWED_ORIGINS entries", () => {
  it.each([
    { name: "https origin", text: "https://fest.example", origin: "https://fest.example" },
    { name: "with a port", text: "http://127.0.0.1:3001", origin: "http://127.0.0.1:3001" },
    { name: "default port dropped", text: "https://fest.example:443", origin: "https://fest.example" },
    { name: "trailing slash", text: "https://Fest.Example/", origin: "https://fest.example" },
    { name: "spaces around", text: "  https://fest.example ", origin: "https://fest.example" },
    { name: "bare host name (the old form)", text: "fest.example", origin: null },
    { name: "with a path", text: "https://fest.example/admin", origin: null },
    { name: "with a query", text: "https://fest.example/?a=1", origin: null },
    { name: "with user info", text: "https://u:p@fest.example", origin: null },
    { name: "another scheme", text: "ftp://fest.example", origin: null },
    { name: "wildcard", text: "https://*.fest.example", origin: null },
  ])("$name", ({ text, origin }) => expect(parseOrigin(text)).toBe(origin));
});

describe("siteConfig", () => {
  it("reads LINEUP_PUBLIC_URL (a path is kept for links, the origin for the check)", () => {
    expect(siteConfig({ LINEUP_PUBLIC_URL: "https://fest.example/lineup/" })).toEqual({
      publicUrl: "https://fest.example/lineup",
      publicOrigin: "https://fest.example",
      allowedOrigins: [],
      problems: [],
    });
  });
  it("falls back to the alias LINEUP_BASE_URL", () => {
    expect(siteConfig({ LINEUP_BASE_URL: "http://127.0.0.1:3100" }).publicOrigin).toBe("http://127.0.0.1:3100");
    expect(siteConfig({ LINEUP_PUBLIC_URL: "https://a.example", LINEUP_BASE_URL: "https://b.example" }).publicUrl).toBe(
      "https://a.example",
    );
  });
  it("reports and ignores what it cannot use", () => {
    const c = siteConfig({
      LINEUP_PUBLIC_URL: "fest.example",
      LINEUP_ALLOWED_ORIGINS: "https://a.example, b.example,,http://c.example:8080",
    });
    expect(c.publicUrl).toBeNull();
    expect(c.allowedOrigins).toEqual(["https://a.example", "http://c.example:8080"]);
    expect(c.problems).toEqual([
      'LINEUP_PUBLIC_URL="fest.example" is not an http(s) URL such as https://festival.example; ignored',
      'LINEUP_ALLOWED_ORIGINS entry "b.example" is not an origin (scheme://host[:port], e.g. https://b.example); ignored',
    ]);
  });
});

describe("links and warnings", () => {
  it("links come from the public URL, else http://localhost:{PORT}", () => {
    expect(linkBaseUrl({ LINEUP_PUBLIC_URL: "https://fest.example/" })).toBe("https://fest.example");
    expect(linkBaseUrl({ PORT: "3103" })).toBe("http://localhost:3103");
    expect(linkBaseUrl({})).toBe("http://localhost:3000");
  });
  it("warns only without a public URL", () => {
    expect(publicUrlWarning({ LINEUP_PUBLIC_URL: "https://fest.example" })).toBeNull();
    expect(publicUrlWarning({ PORT: "4000" })).toMatch(
      /^LINEUP_PUBLIC_URL is not set: links in feeds and exports point at http:\/\/localhost:4000/,
    );
  });
  it("gives Next's server-action check the hosts of the public URL and the allowed origins", () => {
    expect(
      serverActionHosts({
        LINEUP_PUBLIC_URL: "https://fest.example",
        LINEUP_ALLOWED_ORIGINS: "https://fest.example,http://127.0.0.1:3001",
      }),
    ).toEqual(["fest.example", "127.0.0.1:3001"]);
    expect(serverActionHosts({})).toEqual([]);
  });
});
