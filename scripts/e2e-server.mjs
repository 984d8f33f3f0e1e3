#!/usr/bin/env node
// Starts Lineup for the e2e suite: a fresh database file (removed first), then `npm start` (build if needed, then the front and Next in one process).
import fs from "node:fs";
import path from "node:path";

const file = process.env.DATABASE_PATH;
if (!file) throw new Error("DATABASE_PATH must be set for the e2e server");
fs.rmSync(path.dirname(file), { recursive: true, force: true });
fs.mkdirSync(path.dirname(file), { recursive: true });
await import("./start.mjs");
