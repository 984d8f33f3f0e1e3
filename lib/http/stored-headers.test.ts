import { describe, expect, it } from "vitest";
import { isStoredHeader } from "./stored-headers";

describe("isStoredHeader", () => {
  it.each(["content-type", "cache-control", "content-security-policy", "vary"])("keeps %s (Next's, for every reader)", (name) =>
    expect(isStoredHeader(name)).toBe(true),
  );
  it.each(["date", "content-length", "content-encoding", "etag", "x-lineup-cache", "x-nextjs-cache", "strict-transport-security"])(
    "drops %s (one response's, or the front's own)",
    (name) => expect(isStoredHeader(name)).toBe(false),
  );
});
