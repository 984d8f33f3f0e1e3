import { describe, expect, it } from "vitest";
import { etagFor, isNotModified } from "./headers";

const etag = etagFor("fest", 7, "ics");
const lastModified = new Date("2026-10-01T10:15:30.250Z");
const httpDate = (d: Date) => d.toUTCString();

describe("etagFor", () => {
  it("is a strong quoted tag per slug, version and kind", () => {
    expect(etag).toBe('"fest-v7-ics"');
    expect(etagFor("fest", 8, "ics")).not.toBe(etag);
    expect(etagFor("fest", 7, "xml")).not.toBe(etag);
    expect(etagFor('we"ird slug', 1, "a b")).toBe('"we_ird_slug-v1-a_b"');
  });
});

describe("isNotModified", () => {
  it.each<[string, Record<string, string>, boolean]>([
    ["no conditional headers", {}, false],
    ["matching If-None-Match", { "if-none-match": '"fest-v7-ics"' }, true],
    ["weak form matches (weak comparison)", { "if-none-match": 'W/"fest-v7-ics"' }, true],
    ["in a list", { "if-none-match": '"a", W/"b" ,"fest-v7-ics"' }, true],
    ["star", { "if-none-match": "*" }, true],
    ["other version", { "if-none-match": '"fest-v6-ics"' }, false],
    ["unquoted is not a tag", { "if-none-match": "fest-v7-ics" }, false],
    [
      "INM wins over a matching IMS",
      { "if-none-match": '"fest-v6-ics"', "if-modified-since": httpDate(new Date("2030-01-01T00:00:00Z")) },
      false,
    ],
    ["IMS equal at second precision", { "if-modified-since": "Thu, 01 Oct 2026 10:15:30 GMT" }, true],
    ["IMS later", { "if-modified-since": "Thu, 01 Oct 2026 11:00:00 GMT" }, true],
    ["IMS a second earlier", { "if-modified-since": "Thu, 01 Oct 2026 10:15:29 GMT" }, false],
    ["IMS garbage", { "if-modified-since": "yesterday-ish" }, false],
    ["empty INM falls back to IMS", { "if-none-match": "", "if-modified-since": "Thu, 01 Oct 2026 10:15:30 GMT" }, true],
  ])("%s -> %s", (_name, headers, expected) => {
    expect(isNotModified(new Headers(headers), etag, lastModified)).toBe(expected);
  });
});
