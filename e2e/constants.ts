/** The admin the e2e server is started with (LINEUP_ADMIN_EMAIL / LINEUP_ADMIN_PASSWORD). */
export const E2E_ADMIN = { email: "e2e-admin@lineup.test", password: "e2e-password-123" };
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The e2e server's LINEUP_RENDER_TOKEN: with it in x-lineup-render, a request passes the front's store to Next (e2e/api/serve.spec.ts). */
export const E2E_RENDER_TOKEN = "e2e-render-token-not-secret";
export const DEMO_SLUG = "picket-line-2026";
/** The one origin besides the server's own in LINEUP_ALLOWED_ORIGINS of the e2e server. */
export const E2E_ALLOWED_ORIGIN = "https://allowed.lineup.test";
/** The e2e server publishes each release's site here (LINEUP_PUBLISH_DIR; e2e/api/publish-site.spec.ts). */
export const E2E_PUBLISH_DIR = `${process.env.TMPDIR ?? "/tmp"}/lineup-e2e-site-${E2E_PORT}`;
/** ...and to s3://lineup-e2e/site on this loopback port (AWS_ENDPOINT_URL), where only that spec starts s3rver. */
export const E2E_S3 = { port: E2E_PORT + 20_000, bucket: "lineup-e2e", prefix: "site", key: "S3RVER" };

/** Debian's Chromium (Playwright downloads no browser here) and its flags: the e2e tests' and the bench's browser. */
export const CHROMIUM = {
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
};
