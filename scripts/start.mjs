#!/usr/bin/env node
// `npm start`: build when there is no current production build, then `next start` on PORT (default 3000).
// The server migrates the database and seeds the demo festival as it starts (instrumentation.ts).
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded, root } from "./build.mjs";

buildIfNeeded();
const port = process.env.PORT || "3000";
const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
