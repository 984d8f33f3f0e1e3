import { describe, expect, it } from "vitest";
import { isStoredHeader } from "./stored-headers";

describe("isStoredHeader", () => {
  it.each([
    { name: "content-type", stored: true },
    { name: "cache-control", stored: true },
    { name: "content-security-policy", stored: true },
    { name: "vary", stored: true },
    { name: "date", stored: false },
    { name: "content-length", stored: false },
    { name: "content-encoding", stored: false },
    { name: "etag", stored: false },
    { name: "x-lineup-cache", stored: false },
    { name: "x-nextjs-cache", stored: false },
    { name: "strict-transport-security", stored: false },
  ])("$name", ({ name, stored }) => expect(isStoredHeader(name)).toBe(stored));
});
