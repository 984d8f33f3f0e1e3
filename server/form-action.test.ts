/** formAction: the one way a server action is written (server/form-action.ts). */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ServiceError } from "@/server/errors";
import { done, formAction, publicFormAction, withoutState } from "@/server/form-action";
import { formBoolean, formId, formList, formNumber, formVersion } from "@/server/forms";
import { createEdition } from "@/server/services/editions";
import { formData, freshDatabase, sessionFor, viewerSession } from "@/server/test/db";

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", () => ({
  unauthorized: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;401"), { digest: "NEXT_HTTP_ERROR_FALLBACK;401" });
  },
  forbidden: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;403"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  },
}));

const empty = { ok: false, message: "", fields: {} };
const form = formData;
async function thrown(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return "did not throw";
}

let token = "";
let viewerToken = "";
beforeAll(async () => {
  const { admin } = freshDatabase();
  token = sessionFor(admin);
  createEdition(admin, { slug: "fa", name: "FA", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
  viewerToken = await viewerSession();
});
beforeEach(() => {
  jar.clear();
  jar.set("lineup_session", token);
});

describe("formAction", () => {
  const seen: unknown[] = [];
  const save = formAction(
    { may: "edit" },
    z.object({ id: formId, version: formVersion, seats: formNumber(null), tags: formList }),
    (input) => {
      seen.push(input);
      return done("Saved");
    },
  );

  it("reads the form with its schema and hands the service typed input", async () => {
    seen.length = 0;
    expect(await save(empty, form({ id: "12", version: "3", seats: "", tags: "a, b;c", $ACTION_ID_x: "" }))).toEqual({
      ok: true,
      message: "Saved",
      fields: {},
    });
    expect(seen).toEqual([{ id: 12, version: 3, seats: null, tags: ["a", "b", "c"] }]);
  });

  it("a form posted without JavaScript (the form data alone) is read the same way", async () => {
    seen.length = 0;
    expect((await save(form({ id: "1", version: "1" }))).ok).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it.each<{ name: string; fields: Record<string, string>; field: string }>([
    { name: "an id that is not one", fields: { id: "1e3", version: "1" }, field: "id" },
    { name: "a zero id", fields: { id: "0", version: "1" }, field: "id" },
    { name: "no version", fields: { id: "4" }, field: "version" },
  ])("$name is refused next to the field, and the service is not called", async ({ fields, field }) => {
    seen.length = 0;
    const state = await save(empty, form(fields));
    expect(state.ok).toBe(false);
    expect(state.code).toBe("bad_request");
    expect(Object.keys(state.fields)).toEqual([field]);
    expect(seen).toEqual([]);
  });

  it("something that is not a form is refused, not a 500", async () => {
    const state = await save(empty, "not a form" as unknown as FormData);
    expect(state).toMatchObject({ ok: false, code: "bad_request", fields: { body: "must be a submitted form" } });
  });

  it("the public gets 401 before the form is read", async () => {
    jar.clear();
    seen.length = 0;
    expect(await thrown(save(empty, form({ id: "x" })))).toBe("NEXT_HTTP_ERROR_FALLBACK;401");
    expect(seen).toEqual([]);
  });

  it("a role without the access gets 403 before the form is read (a malformed form changes nothing)", async () => {
    jar.set("lineup_session", viewerToken);
    seen.length = 0;
    expect(await thrown(save(empty, form({ id: "x" })))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    const inEdition = formAction({ may: "edit", in: "edition" }, z.object({}), () => done("never"));
    expect(await thrown(inEdition(empty, form({ edition: "fa" })))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await inEdition(empty, form({ edition: "no-such-edition" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(seen).toEqual([]);
    const own = formAction("signed-in", z.object({ id: formId }), ({ id }) => done(`token ${id}`));
    expect((await own(empty, form({ id: "5" }))).message).toBe("token 5");
  });

  it("the service's refusal of the caller answers 403; a refusal naming a field stays in the form", async () => {
    const role = formAction({ may: "edit" }, z.object({}), () => {
      throw new ServiceError("forbidden", "Your role (viewer) may not make changes");
    });
    expect(await thrown(role(empty, form({})))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    const field = formAction({ may: "edit" }, z.object({}), () => {
      throw new ServiceError("forbidden", "A token cannot have more rights than you", { role: "must be at most viewer" });
    });
    expect(await field(empty, form({}))).toMatchObject({ ok: false, code: "forbidden", fields: { role: "must be at most viewer" } });
  });

  it("other refusals come back with their code, message, fields and details", async () => {
    const stale = formAction({ may: "edit" }, z.object({}), () => {
      throw new ServiceError("stale_version", "Changed by someone else", { version: "is out of date" }, { current: { id: 1 } });
    });
    expect(await stale(empty, form({}))).toEqual({
      ok: false,
      code: "stale_version",
      message: "Changed by someone else",
      fields: { version: "is out of date" },
      details: { current: { id: 1 } },
    });
  });

  it("unexpected errors are not swallowed", async () => {
    const broken = formAction({ may: "edit" }, z.object({}), () => {
      throw new TypeError("bug");
    });
    expect(await thrown(broken(empty, form({})))).toBe("bug");
  });
});

describe("publicFormAction", () => {
  it("runs for the public, and a 401 of the service (wrong password) is the form's message", async () => {
    jar.clear();
    const signIn = publicFormAction(z.object({ on: formBoolean }), (input, caller) => {
      expect(caller).toBeNull();
      expect(input).toEqual({ on: true });
      throw new ServiceError("unauthorized", "Wrong e-mail or password");
    });
    expect(await signIn(empty, form({ on: "true" }))).toMatchObject({
      ok: false,
      code: "unauthorized",
      message: "Wrong e-mail or password",
    });
  });

  it("withoutState suits a plain <form action> (it resolves to nothing)", async () => {
    const calls: unknown[] = [];
    const out = withoutState(publicFormAction(z.object({}), (_i, caller) => void calls.push(caller?.email)));
    expect(await out(form({}))).toBeUndefined();
    expect(calls).toEqual(["admin@test"]);
  });
});
