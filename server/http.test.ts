import { describe, expect, it } from "vitest";
import { clientIp, cookieValue } from "./http";

describe("cookieValue", () => {
  it.each([
    { name: "a plain value", header: "lineup_session=abc", value: "abc" },
    { name: "among others, with spaces", header: "a=1; lineup_session=abc ; b=2", value: "abc" },
    { name: "percent-encoded", header: "lineup_session=a%20b", value: "a b" },
    { name: "a lone %", header: "lineup_session=%", value: undefined },
    { name: "a broken escape", header: "lineup_session=%E0%A4%A", value: undefined },
    { name: "a broken escape in another cookie", header: "other=%; lineup_session=abc", value: "abc" },
    { name: "absent", header: "other=1", value: undefined },
    { name: "no header", header: null, value: undefined },
  ])("$name", ({ header, value }) => expect(cookieValue(header, "lineup_session")).toBe(value));
});

describe("clientIp", () => {
  it("is the first X-Forwarded-For entry, from a Request or from headers", () => {
    const req = new Request("http://x/", { headers: { "x-forwarded-for": "203.0.113.7, 10.0.0.1" } });
    expect(clientIp(req)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": " 2001:db8::1 " }))).toBe("2001:db8::1");
  });

  it("reads headers objects that have a `headers` field of their own (Next's headers() does)", () => {
    const nextLike = { headers: {}, get: (name: string) => (name === "x-forwarded-for" ? "198.51.100.4" : null) };
    expect(clientIp(nextLike)).toBe("198.51.100.4");
  });

  it("does not trust X-Real-IP, and is undefined without X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.9" }))).toBeUndefined();
    expect(clientIp(new Headers({ "x-forwarded-for": "" }))).toBeUndefined();
  });
});
