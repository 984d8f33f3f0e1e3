import { describe, expect, it } from "vitest";
import { ServiceError } from "./errors";
import { logRefusalsOnOneLine, refusalIn } from "./logging";

describe("refusals are logged on one line", () => {
  it.each([
    ["401 sign in first", new ServiceError("unauthorized", "Sign in first"), "[lineup] refused: 401 unauthorized: Sign in first"],
    [
      "403 forbidden",
      new ServiceError("forbidden", "Your role (viewer) may not administer"),
      "[lineup] refused: 403 forbidden: Your role (viewer) may not administer",
    ],
    ["404 not found", new ServiceError("not_found", "No edition x"), "[lineup] refused: 404 not_found: No edition x"],
  ])("%s: one line, no stack", (_name, error, line) => {
    const lines: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void lines.push(args) };
    logRefusalsOnOneLine(target);
    target.error(" ⨯", error);
    expect(lines).toEqual([[line]]);
    expect(String(lines[0])).not.toMatch(/\n\s+at /);
  });

  it("a real error keeps its stack (not a refusal)", () => {
    const lines: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void lines.push(args) };
    logRefusalsOnOneLine(target);
    const boom = new Error("SQLITE_CORRUPT");
    target.error(" ⨯", boom);
    expect(lines).toEqual([[" ⨯", boom]]);
  });

  it("a 5xx-shaped error is not a refusal; neither is a plain object", () => {
    const e = Object.assign(new Error("x"), { status: 500, code: "internal", fields: {} });
    expect(refusalIn([e])).toBeNull();
    expect(refusalIn([{ status: 401, code: "unauthorized", fields: {}, message: "m" }])).toBeNull();
    expect(refusalIn(["text", 401])).toBeNull();
  });
});
