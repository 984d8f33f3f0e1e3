import { describe, expect, it } from "vitest";
import { jsonMediaType } from "./media-type";

describe("jsonMediaType: what a JSON route accepts", () => {
  it.each([
    { name: "application/json", header: "application/json", ok: true },
    { name: "with charset utf-8", header: "application/json; charset=utf-8", ok: true },
    { name: "upper case, quoted charset", header: 'Application/JSON; Charset="UTF-8"', ok: true },
    { name: "charset utf8", header: "application/json;charset=utf8", ok: true },
    { name: "another charset", header: "application/json; charset=latin1", ok: false },
    { name: "another parameter", header: "application/json; boundary=x", ok: false },
    { name: "text/plain (a cross-site 'simple' request)", header: "text/plain", ok: false },
    { name: "text/plain with JSON's charset", header: "text/plain; charset=utf-8", ok: false },
    { name: "a form post", header: "application/x-www-form-urlencoded", ok: false },
    { name: "multipart", header: "multipart/form-data; boundary=----x", ok: false },
    { name: "a JSON suffix type", header: "application/merge-patch+json", ok: false },
    { name: "a list", header: "application/json, text/plain", ok: false },
    { name: "malformed parameter", header: "application/json; charset", ok: false },
    { name: "empty", header: "", ok: false },
    { name: "absent", header: null, ok: false },
  ])("$name", ({ header, ok }) => expect(jsonMediaType(header).ok).toBe(ok));

  it("says what to send", () => {
    expect(jsonMediaType("text/plain")).toEqual({ ok: false, why: "Content-Type text/plain is not accepted; send application/json" });
  });
});
