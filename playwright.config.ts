import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM, E2E_ADMIN, E2E_ALLOWED_ORIGIN, E2E_PORT, E2E_PUBLISH_DIR, E2E_RENDER_TOKEN, E2E_S3 } from "./e2e/constants";
import { chooseChromium } from "./scripts/test-summary.mjs";

export { E2E_ADMIN };

/**
 * E2E and API tests run against a production build (`next build`, then `npm start`'s server: scripts/e2e-server.mjs)
 * on a fresh temporary database, with the server in a different TZ from the festival's.
 * Browsers: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download
 * (`npm test` says in one line how to get one when there is none).
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
      ...CHROMIUM,
      executablePath: chooseChromium({ chromiumPath: process.env.CHROMIUM_PATH, exists: fs.existsSync, bundled: null }).path ?? undefined,
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
      // Another origin whose pages may write with a session cookie (e2e/api/requests.spec.ts).
      LINEUP_ALLOWED_ORIGINS: E2E_ALLOWED_ORIGIN,
      // Every release's public site goes to a folder and to a local S3-compatible store, which is
      // down except while e2e/api/publish-site.spec.ts runs it: failures are retried quickly.
      LINEUP_PUBLISH_DIR: E2E_PUBLISH_DIR,
      LINEUP_PUBLISH_S3_URL: `s3://${E2E_S3.bucket}/${E2E_S3.prefix}`,
      AWS_ENDPOINT_URL: `http://127.0.0.1:${E2E_S3.port}`,
      AWS_ACCESS_KEY_ID: E2E_S3.key,
      AWS_SECRET_ACCESS_KEY: E2E_S3.key,
      AWS_REGION: "us-east-1",
      LINEUP_PUBLISH_RETRY_MS: "200",
      // The front's render header value: e2e/api/serve.spec.ts compares the front's answers with Next's own.
      LINEUP_RENDER_TOKEN: E2E_RENDER_TOKEN,
    },
  },
});
