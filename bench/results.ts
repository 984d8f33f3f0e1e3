/**
 * The benchmark's figures: medians and spreads of repeated runs, compared with
 * their targets; the one table `npm run bench` prints; bench/results.json.
 */
import fs from "node:fs";
import os from "node:os";

export interface Target {
  op: "<=" | ">=";
  value: number;
}

export interface Figure {
  figure: string;
  /** The median of the runs; null when the figure could not be measured (see note). */
  value: number | null;
  unit: string;
  /** e.g. "<= 10 ms"; null when the figure has no target (informative only). */
  target: string | null;
  /** null: no target, or not measured. */
  pass: boolean | null;
  median: number | null;
  /** "min..max" of the runs. */
  spread: string | null;
  runs: number[];
  note?: string;
}

export interface Results {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; os: string; memoryMB: number };
  sizes: Record<string, number | boolean>;
  figures: Figure[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const upper = s[m] ?? Number.NaN;
  return s.length % 2 ? upper : ((s[m - 1] ?? Number.NaN) + upper) / 2;
}

/** A sensible number of significant digits for the table and the JSON. */
function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 5;
  return Number(x.toFixed(digits));
}

export function figure(name: string, unit: string, runs: number[], target?: Target | null, note?: string): Figure {
  if (!runs.length || runs.some((x) => !Number.isFinite(x)))
    return notAvailable(name, unit, target ?? null, note ?? "no finite measurement");
  const m = median(runs);
  const out: Figure = {
    figure: name,
    value: round(m),
    unit,
    target: target ? `${target.op} ${target.value} ${unit}`.trim() : null,
    pass: target ? (target.op === "<=" ? m <= target.value : m >= target.value) : null,
    median: round(m),
    spread: `${round(Math.min(...runs))}..${round(Math.max(...runs))}`,
    runs: runs.map(round),
  };
  if (note) out.note = note;
  return out;
}

export function notAvailable(name: string, unit: string, target: Target | null, reason: string): Figure {
  return {
    figure: name,
    value: null,
    unit,
    target: target ? `${target.op} ${target.value} ${unit}`.trim() : null,
    pass: null,
    median: null,
    spread: null,
    runs: [],
    note: `n/a: ${reason}`,
  };
}

function machine(): Results["machine"] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? "unknown",
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memoryMB: Math.round(os.totalmem() / 2 ** 20),
  };
}

export function results(figures: Figure[], sizes: Results["sizes"], date = new Date()): Results {
  return { date: date.toISOString(), machine: machine(), sizes, figures };
}

export function writeResults(file: string, r: Results): void {
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
}

function cell(f: Figure): string {
  return f.value === null ? "n/a" : `${f.value} ${f.unit}`.trim();
}

/** The one table, in Markdown (so it can be pasted into the README as is). */
export function formatTable(r: Results): string {
  const rows = r.figures.map((f) => [
    f.figure,
    cell(f),
    f.spread === null ? "" : `${f.spread}${f.runs.length ? ` (${f.runs.length} runs)` : ""}`,
    f.target ?? "",
    f.pass === null ? (f.value === null ? "n/a" : "") : f.pass ? "pass" : "**MISS**",
    f.note?.replace(/\|/g, "/") ?? "",
  ]);
  const head = ["figure", "median", "spread (min..max)", "target", "result", "note"];
  const lines = [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((c) => `| ${c.join(" | ")} |`)];
  const m = r.machine;
  return `${lines.join("\n")}\n\n${r.date.slice(0, 16).replace("T", " ")} UTC, ${m.cpus} × ${m.cpuModel}, ${m.memoryMB} MB, Node ${m.node}, ${m.os}; sizes ${Object.entries(
    r.sizes,
  )
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`;
}
