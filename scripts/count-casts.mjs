#!/usr/bin/env node
// Counts type assertions (`x as T`, `<T>x`) in production source, with TypeScript's own parser:
// app/ components/ lib/ server/ db/ scripts/ proxy.ts instrumentation.ts; tests, fixtures and
// migrations aside. `as const` is counted apart (it narrows a literal, it asserts nothing).
// Usage: node scripts/count-casts.mjs [--list]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import ts from "typescript";

const { values } = parseArgs({
  options: { list: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
});
if (values.help) {
  console.log("Usage: node scripts/count-casts.mjs [--list]\n  --list  print every cast with its file and line");
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, "..");
const roots = ["app", "components", "lib", "server", "db", "scripts", "proxy.ts", "instrumentation.ts"];
const isTestOrFixture = (rel) =>
  /\.test\.tsx?$/.test(rel) || /(^|\/)(test|tests|fixtures|migrations)\//.test(rel) || /(^|\/)test-fixtures\.ts$/.test(rel);

function* sourceFiles(rel) {
  const abs = path.join(root, rel);
  if (statSync(abs).isFile()) {
    if (/\.tsx?$/.test(rel) && !isTestOrFixture(rel)) yield rel;
    return;
  }
  for (const entry of readdirSync(abs, { recursive: true, withFileTypes: false })) {
    const child = path.join(rel, String(entry)).split(path.sep).join("/");
    if (/\.tsx?$/.test(child) && !child.endsWith(".d.ts") && !isTestOrFixture(child)) yield child;
  }
}

let casts = 0;
let asConst = 0;
const perFile = new Map();
for (const rel of roots.flatMap((r) => [...sourceFiles(r)])) {
  const text = readFileSync(path.join(root, rel), "utf8");
  const kind = rel.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, kind);
  const visit = (node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const isConst = ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(file) === "const";
      if (isConst) asConst++;
      else {
        casts++;
        perFile.set(rel, (perFile.get(rel) ?? 0) + 1);
        if (values.list) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
          console.log(`${rel}:${line + 1}: ${node.getText(file).replace(/\s+/g, " ").slice(0, 120)}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}
if (values.list) console.log("");
for (const [rel, n] of [...perFile].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)} ${rel}`);
console.log(`casts: ${casts} (as const aside: ${asConst})`);
