import { describe, expect, it } from "vitest";
import { chooseEncoding, notModified } from "./http-cache.mjs";

describe("chooseEncoding", () => {
  it.each([
    ["what browsers send", "gzip, deflate, br", "br"],
    ["gzip and br, any order", "br, gzip", "br"],
    ["gzip only", "gzip", "gzip"],
    ["x-gzip is gzip", "x-gzip", "gzip"],
    ["nothing asked", undefined, "identity"],
    ["empty", "", "identity"],
    ["identity only", "identity", "identity"],
    ["br refused", "gzip, br;q=0", "gzip"],
    ["gzip preferred by weight", "br;q=0.5, gzip;q=1", "gzip"],
    ["any coding", "*", "br"],
    ["any but br", "*, br;q=0", "gzip"],
    ["everything refused", "br;q=0, gzip;q=0", "identity"],
    ["deflate only (not stored)", "deflate", "identity"],
    ["upper case and spaces", " GZIP ; q=0.8 , BR;q=0.9", "br"],
  ])("%s: %s -> %s", (_name, header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe("notModified", () => {
  const at = Date.parse("2026-10-23T10:00:00.500Z");
  it.each([
    ["same ETag", { ifNoneMatch: '"a"' }, true],
    ["weak form of the same ETag", { ifNoneMatch: 'W/"a"' }, true],
    ["one of a list", { ifNoneMatch: '"b", "a"' }, true],
    ["another ETag", { ifNoneMatch: '"b"' }, false],
    ["star", { ifNoneMatch: "*" }, true],
    ["If-Modified-Since the same second", { ifModifiedSince: "Fri, 23 Oct 2026 10:00:00 GMT" }, true],
    ["If-Modified-Since a second before", { ifModifiedSince: "Fri, 23 Oct 2026 09:59:59 GMT" }, false],
    ["If-None-Match wins over If-Modified-Since", { ifNoneMatch: '"b"', ifModifiedSince: "Fri, 23 Oct 2027 10:00:00 GMT" }, false],
    ["an unreadable date", { ifModifiedSince: "yesterday" }, false],
    ["no condition", {}, false],
  ])("%s", (_name, conditions, expected) => {
    expect(notModified(conditions, '"a"', at)).toBe(expected);
  });
});
