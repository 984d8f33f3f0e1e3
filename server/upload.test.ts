import { describe, expect, it } from "vitest";
import { ServiceError } from "./errors";
import { readUpload } from "./upload";

const LIMIT = 1000;

async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(e)}`);
  return e;
}

const put = (body: BodyInit, headers: Record<string, string> = {}, query = "") =>
  new Request(`http://lineup.test/api/v1/films/1/image${query}`, { method: "PUT", body, headers });

describe("readUpload", () => {
  it("multipart: the file from its field and the text fields beside it; the file's name and declared type are not trusted", async () => {
    const form = new FormData();
    form.set("image", new File([new Uint8Array([1, 2, 3])], "poster.jpg", { type: "image/jpeg" }));
    form.set("alt", "A still");
    const r = await readUpload(put(form), "image", LIMIT);
    expect([...r.bytes]).toEqual([1, 2, 3]);
    expect(r.text).toEqual({ alt: "A still" });
  });

  it("raw body: the bytes as sent, text fields from the query", async () => {
    const r = await readUpload(put(new Uint8Array([9, 8]), { "content-type": "application/octet-stream" }, "?alt=Hi"), "image", LIMIT);
    expect([...r.bytes]).toEqual([9, 8]);
    expect(r.text).toEqual({ alt: "Hi" });
  });

  it("more than the limit is a 413 naming the field, raw or multipart", async () => {
    const raw = await refusal(readUpload(put(new Uint8Array(LIMIT + 1)), "image", LIMIT));
    expect([raw.status, Object.keys(raw.fields)]).toEqual([413, ["image"]]);
    const form = new FormData();
    form.set("image", new File([new Uint8Array(LIMIT + 1)], "big.png"));
    const multi = await refusal(readUpload(put(form), "image", LIMIT));
    expect([multi.status, Object.keys(multi.fields)]).toEqual([413, ["image"]]);
  });

  it("a multipart body without the file is a 400 naming the field", async () => {
    const form = new FormData();
    form.set("alt", "no file");
    const e = await refusal(readUpload(put(form), "image", LIMIT));
    expect([e.status, e.fields.image]).toEqual([400, "is required (a file)"]);
  });
});
