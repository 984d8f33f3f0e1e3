import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { helpText, parseCli } from "./cli";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

/** Every command-line tool with the options the README documents for it. */
const CLIS: [file: string, usage: string, options: string[]][] = [
  ["scripts/import.ts", "npm run import -- FILE", ["--dry-run", "--database FILE"]],
  ["scripts/export.ts", "npm run export -- OUT_DIR", ["--edition SLUG", "--url URL"]],
  [
    "scripts/generate.ts",
    "npm run generate --",
    [
      "--films N",
      "--venues N",
      "--days N",
      "--screenings N",
      "--seed N",
      "--database FILE",
      "--archive FILE",
      "--entries N",
      "--archive-only",
    ],
  ],
  ["scripts/backup.ts", "npm run backup -- [FILE]", ["--force"]],
  ["scripts/restore.ts", "npm run restore -- FILE", ["--yes"]],
  ["bench/run.ts", "npm run bench", ["--small", "--keep", "--seed N", "--out FILE"]],
  ["reliability/run.ts", "npm run test:reliability", ["--only a,b,c", "--no-build", "--seed N", "--quick"]],
];

describe("every CLI answers --help", () => {
  it.each(CLIS)("%s --help exits 0 and names its options", (file, usage, options) => {
    const r = spawnSync(tsx, [file, "--help"], { cwd: root, encoding: "utf8", timeout: 30_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Usage: ${usage}`);
    for (const option of [...options, "-h, --help"]) expect(r.stdout, option).toMatch(new RegExp(`^  ${option}  `, "m"));
  });
});

describe("parseCli", () => {
  const spec = {
    usage: "npm run x -- FILE [--n N] [--dry-run]",
    about: "Does x.",
    options: {
      n: { type: "string", value: "N", description: "how many" },
      "dry-run": { type: "boolean", description: "write nothing" },
    },
    positionals: { min: 1, max: 1 },
  } as const;
  const exits: number[] = [];
  const stderr: string[] = [];
  const run = (argv: string[]) => {
    vi.spyOn(process, "exit").mockImplementation((code) => {
      exits.push(Number(code));
      throw new Error("exit");
    });
    vi.spyOn(console, "error").mockImplementation((m: string) => void stderr.push(m));
    return parseCli(spec, argv);
  };
  afterEach(() => {
    vi.restoreAllMocks();
    exits.length = 0;
    stderr.length = 0;
  });

  it("reads options and the positional argument", () => {
    const { values, positionals } = run(["in.txt", "--n", "3", "--dry-run"]);
    expect(values).toMatchObject({ n: "3", "dry-run": true });
    expect(positionals).toEqual(["in.txt"]);
  });

  it.each([
    ["an unknown option", ["in.txt", "--bogus"], /Unknown option '--bogus'/],
    ["an option without its value", ["in.txt", "--n"], /--n <value>' argument missing/],
    ["a missing argument", [], /missing argument/],
    ["one argument too many", ["a", "b"], /unexpected argument b/],
  ])("%s exits 2 with the error and the usage", (_name, argv, message) => {
    expect(() => run(argv)).toThrow("exit");
    expect(exits).toEqual([2]);
    expect(stderr.join("\n")).toMatch(message);
    expect(stderr.join("\n")).toContain(helpText(spec));
  });
});
