import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeConfigurationDefaults } from "next/dist/lib/typescript/writeConfigurationDefaults";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import nextConfig from "@/next.config";

const root = path.resolve(__dirname, "..");

/** A copy of both tsconfig files in a scratch folder, as `next build` finds them. */
function scratch(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-tsconfig-"));
  for (const f of ["tsconfig.json", "tsconfig.next.json"]) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  return dir;
}

/** What `next build` does to the tsconfig it is given, for a build into distDir (Next's own step, run as the build runs it). */
async function nextSetup(tsconfig: string, distDir: string): Promise<void> {
  vi.spyOn(console, "log").mockImplementation(() => {});
  await writeConfigurationDefaults(ts.version, tsconfig, false, true, distDir, false, false);
}

describe("a build into LINEUP_DIST_DIR leaves tsconfig.json alone", () => {
  afterEach(() => vi.restoreAllMocks());

  it("Next is given tsconfig.next.json, which only extends tsconfig.json", () => {
    expect(nextConfig.typescript?.tsconfigPath).toBe("tsconfig.next.json");
    expect(JSON.parse(fs.readFileSync(path.join(root, "tsconfig.next.json"), "utf8"))).toEqual({ extends: "./tsconfig.json" });
  });

  it.each([".next", ".next-bench", ".next-e2e-3107"])("Next's tsconfig setup for distDir %s changes neither file", async (distDir) => {
    const dir = scratch();
    const before = ["tsconfig.json", "tsconfig.next.json"].map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    await nextSetup(path.join(dir, "tsconfig.next.json"), distDir);
    expect(["tsconfig.json", "tsconfig.next.json"].map((f) => fs.readFileSync(path.join(dir, f), "utf8"))).toEqual(before);
  });

  it("(control) given tsconfig.json itself, Next would add the dist dir's types to its include", async () => {
    const dir = scratch();
    await nextSetup(path.join(dir, "tsconfig.json"), ".next-bench");
    expect(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8")).toContain(".next-bench/types/**/*.ts");
  });

  it("tsc leaves every build folder out, whatever its name", () => {
    const { config } = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
    expect(config.exclude).toContain(".next*");
    expect(config.include.filter((p: string) => p.startsWith(".next"))).toEqual([]);
  });
});
