import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { E2E_ADMIN, E2E_PORT } from "./e2e/constants";

export { E2E_ADMIN };

/**
 * E2E and API tests run against a production build (`next build` + `next start`)
 * on a fresh temporary database, with the server in a different TZ from the festival's.
 * Browsers: Debian's chromium (Playwright cannot download its own here).
 */
const port = E2E_PORT;
const dbFile = process.env.E2E_DATABASE_PATH ?? path.join(os.tmpdir(), `lineup-e2e-${process.pid}-${Date.now()}`, "lineup.db");
// The test workers inherit the runner's environment: tests that must write to the server's
// database directly (data that only an older version or a bug could have stored) find it here.
process.env.E2E_DATABASE_PATH = dbFile;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_REPORT ? [["list"], ["json", { outputFile: process.env.PW_JSON_REPORT }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: "Asia/Tokyo",
    locale: "en-GB",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `node scripts/e2e-server.mjs`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_PATH: dbFile,
      TZ: "America/Los_Angeles",
      LINEUP_ADMIN_EMAIL: E2E_ADMIN.email,
      LINEUP_ADMIN_PASSWORD: E2E_ADMIN.password,
      LINEUP_DEMO: "1",
      LINEUP_BASE_URL: `http://127.0.0.1:${port}`,
    },
  },
});
