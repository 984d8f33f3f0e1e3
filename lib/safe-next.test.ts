import { describe, expect, it } from "vitest";
import { NEXT_MAX_LENGTH, safeNextPath, sameSitePath } from "./safe-next";

describe("safeNextPath: named boundary cases", () => {
  it.each([
    { name: "a page of the programmers' area", next: "/admin/films", to: "/admin/films" },
    { name: "with a query and a fragment", next: "/admin/films?q=salt#top", to: "/admin/films?q=salt#top" },
    { name: "the site's root", next: "/", to: "/" },
    { name: "dot segments are resolved on this site", next: "/admin/../schedule/x", to: "/schedule/x" },
    { name: "dot segments cannot climb above the root", next: "/../../admin", to: "/admin" },
    { name: "a space is percent-encoded", next: "/admin/films?q=a b", to: "/admin/films?q=a%20b" },
    { name: "non-ASCII is percent-encoded", next: "/schedule/ça", to: "/schedule/%C3%A7a" },
    { name: "an encoded slash stays encoded (a path on this site)", next: "/%2F%2Fevil.example", to: "/%2F%2Fevil.example" },
    { name: "an encoded backslash stays encoded", next: "/%5Cevil.example", to: "/%5Cevil.example" },
    { name: "a double slash later in the path is harmless", next: "/admin//films", to: "/admin//films" },
  ])("keeps $name", ({ next, to }) => expect(sameSitePath(next)).toBe(to));

  it.each([
    { name: "protocol-relative //host", next: "//evil.example" },
    { name: "protocol-relative with a path", next: "//evil.example/admin" },
    { name: "slash backslash /\\host", next: "/\\evil.example" },
    { name: "backslash slash \\/host", next: "\\/evil.example" },
    { name: "two backslashes \\\\host", next: "\\\\evil.example" },
    { name: "backslash later in the path", next: "/admin\\..\\..\\evil" },
    { name: "tab between the slashes", next: "/\t/evil.example" },
    { name: "newline between the slashes", next: "/\n/evil.example" },
    { name: "carriage return between the slashes", next: "/\r/evil.example" },
    { name: "CRLF (header injection)", next: "/admin\r\nSet-Cookie: x=1" },
    { name: "newline at the end", next: "/admin\n" },
    { name: "NUL", next: "/admin\u0000" },
    { name: "DEL", next: "/\u007f/evil.example" },
    { name: "C1 control (NEL)", next: "/\u0085/evil.example" },
    { name: "leading space", next: " /admin" },
    { name: "leading tab then //", next: "\t//evil.example" },
    { name: "absolute http URL", next: "http://evil.example/" },
    { name: "absolute https URL", next: "https://evil.example/admin" },
    { name: "absolute URL of this very host (still not a path)", next: "http://127.0.0.1:3000/admin" },
    { name: "scheme-relative with credentials", next: "//user@evil.example" },
    { name: "http: without slashes", next: "http:evil.example" },
    { name: "javascript: URL", next: "javascript:alert(1)" },
    { name: "JavaScript: URL in capitals", next: "JavaScript:alert(1)" },
    { name: "data: URL", next: "data:text/html,<script>alert(1)</script>" },
    { name: "relative path without a slash", next: "admin" },
    { name: "empty", next: "" },
    { name: "too long", next: `/${"a".repeat(NEXT_MAX_LENGTH)}` },
    { name: "not a string (repeated parameter)", next: ["/admin", "//evil.example"] },
    { name: "undefined", next: undefined },
  ])("drops $name", ({ next }) => {
    expect(sameSitePath(next)).toBeNull();
    expect(safeNextPath(next)).toBe("/admin");
  });

  it("uses the fallback it is given", () => expect(safeNextPath("//evil.example", "/")).toBe("/"));

  it("whatever it returns starts with exactly one slash and has no control characters or backslashes", () => {
    const tricky = ["/", "/./", "/..", "/%09/x", "/%0a/x", "/%5c%5cx", "/.//x", "/a/..//x", "/%2e%2e//x", "/?//x", "/#//x"];
    for (const next of tricky) {
      const to = safeNextPath(next);
      expect(to, next).toMatch(/^\/(?![/\\])/);
      expect(
        [...to].filter((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || ch === "\\"),
        next,
      ).toEqual([]);
    }
  });
});
