import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLANNER_SCRIPT_HASH, PLANNER_SCRIPT_PATH } from "./planner-script";

describe("the planner's script and its hash", () => {
  it("the hash pages allow is the file's (edit public/planner.js: update lib/planner-script.ts)", () => {
    const bytes = fs.readFileSync(path.join(__dirname, "..", "public", PLANNER_SCRIPT_PATH));
    expect(PLANNER_SCRIPT_HASH).toBe(`sha256-${createHash("sha256").update(bytes).digest("base64")}`);
  });
});
