#!/usr/bin/env node
// Lists production source files over a line limit and functions over a line limit, with
// TypeScript's own parser: app/ components/ lib/ server/ db/ scripts/ proxy.ts instrumentation.ts;
// tests, fixtures, migrations and declaration files aside. A function's size is its lines from
// its first to its last (a nested function counts inside its parent and again on its own).
// Usage: node scripts/code-size.mjs [--file-lines 350] [--function-lines 80] [--check]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import ts from "typescript";

const { values } = parseArgs({
  options: {
    "file-lines": { type: "string", default: "350" },
    "function-lines": { type: "string", default: "80" },
    check: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(`Usage: node scripts/code-size.mjs [--file-lines N] [--function-lines N] [--check]
  --file-lines N      list files longer than N lines (default 350)
  --function-lines N  list functions longer than N lines (default 80)
  --check             exit 1 when anything is listed`);
  process.exit(0);
}
const fileLimit = Number(values["file-lines"]);
const functionLimit = Number(values["function-lines"]);
if (!Number.isInteger(fileLimit) || !Number.isInteger(functionLimit) || fileLimit < 1 || functionLimit < 1) {
  console.error("--file-lines and --function-lines take a whole number above 0");
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, "..");
const roots = ["app", "components", "lib", "server", "db", "scripts", "proxy.ts", "instrumentation.ts"];
const isSource = (rel) => /\.(tsx?|mts|cts|mjs|cjs|js|jsx)$/.test(rel) && !/\.d\.[cm]?ts$/.test(rel);
const isTestOrFixture = (rel) =>
  /\.test\.[cm]?[jt]sx?$/.test(rel) || /(^|\/)(test|tests|fixtures|migrations)\//.test(rel) || /(^|\/)test-fixtures\.ts$/.test(rel);

function* sourceFiles(rel) {
  const abs = path.join(root, rel);
  if (statSync(abs).isFile()) {
    if (isSource(rel) && !isTestOrFixture(rel)) yield rel;
    return;
  }
  for (const entry of readdirSync(abs, { recursive: true })) {
    const child = path.join(rel, String(entry)).split(path.sep).join("/");
    if (child.includes("/node_modules/")) continue;
    if (isSource(child) && !isTestOrFixture(child)) yield child;
  }
}

function scriptKind(rel) {
  if (rel.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (rel.endsWith(".jsx")) return ts.ScriptKind.JSX;
  return /\.[cm]?js$/.test(rel) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
}

function functionName(node, file) {
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(file);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(file);
  if (parent && ts.isExportAssignment(parent)) return "default";
  if (ts.isConstructorDeclaration(node)) return "constructor";
  return "(anonymous)";
}

const bigFiles = [];
const bigFunctions = [];
for (const rel of roots.flatMap((r) => [...sourceFiles(r)])) {
  const text = readFileSync(path.join(root, rel), "utf8");
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  if (lines > fileLimit) bigFiles.push({ rel, lines });
  const file = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, scriptKind(rel));
  const visit = (node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const size = end - start + 1;
      if (size > functionLimit) bigFunctions.push({ rel, line: start + 1, name: functionName(node, file), lines: size });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

bigFiles.sort((a, b) => b.lines - a.lines);
bigFunctions.sort((a, b) => b.lines - a.lines);
console.log(`files over ${fileLimit} lines: ${bigFiles.length}`);
for (const f of bigFiles) console.log(`${String(f.lines).padStart(5)} ${f.rel}`);
console.log(`functions over ${functionLimit} lines: ${bigFunctions.length}`);
for (const f of bigFunctions) console.log(`${String(f.lines).padStart(5)} ${f.rel}:${f.line} ${f.name}`);
if (values.check && (bigFiles.length > 0 || bigFunctions.length > 0)) process.exit(1);
