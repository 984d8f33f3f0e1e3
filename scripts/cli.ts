/**
 * The one way Lineup's command-line tools read their arguments: node:util's parseArgs
 * (strict: an unknown option or a missing value is an error), with `--help`/`-h` that prints
 * the usage, what the tool does and every option, and exits 0. A mistake prints the
 * error and the usage on stderr and exits 2.
 */
import { parseArgs } from "node:util";

interface CliOption {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** Shown after the option in --help, e.g. "FILE" or "N". */
  value?: string;
  description: string;
}

interface CliSpec<O extends Record<string, CliOption>> {
  /** e.g. "npm run import -- FILE [--dry-run] [--database FILE]" */
  usage: string;
  /** One or two sentences: what the tool does. */
  about: string;
  options: O;
  /** How many positional arguments the tool takes (default none). */
  positionals?: { min?: number; max?: number };
}

const HELP = { type: "boolean", short: "h", description: "show this help and exit" } as const;

/** The --help text: usage, what the tool does, every option with its value and meaning. */
export function helpText(spec: CliSpec<Record<string, CliOption>>): string {
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => {
    const flag = `${"short" in o && o.short ? `-${o.short}, ` : ""}--${name}${"value" in o && o.value ? ` ${o.value}` : ""}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `Usage: ${spec.usage}`,
    "",
    spec.about,
    "",
    "Options:",
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
  ].join("\n");
}

/** Parses argv (default: the process's arguments) against the spec; --help and mistakes end the process. */
export function parseCli<const O extends Record<string, CliOption>>(spec: CliSpec<O>, argv: string[] = process.argv.slice(2)) {
  const parse = () => parseArgs({ args: argv, options: { ...spec.options, help: HELP }, allowPositionals: true, strict: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (e) {
    fail(spec, e instanceof Error ? e.message : String(e));
  }
  const values: Record<string, unknown> = parsed.values;
  if (values.help === true) {
    console.log(helpText(spec));
    process.exit(0);
  }
  const { min = 0, max = 0 } = spec.positionals ?? {};
  if (parsed.positionals.length < min) fail(spec, "missing argument");
  if (parsed.positionals.length > max) fail(spec, `unexpected argument ${parsed.positionals.at(max)}`);
  return parsed;
}

function fail(spec: CliSpec<Record<string, CliOption>>, message: string): never {
  console.error(`${message}\n\n${helpText(spec)}`);
  process.exit(2);
}
