import { describe, expect, it, vi } from "vitest";
import { announceOrigin, releaseRegistry } from "@/front/release-store.mjs";
import type { Site } from "./site-export";
import { type PublishTarget, publishWithRetry, retryDelay, type TargetState, targetsFromEnv } from "./site-publish";

const site: Site = { slug: "fest", version: 3, publishedAt: new Date(0), files: [] };

function flaky(failures: number): PublishTarget & { calls: number } {
  const t = {
    name: "s3" as const,
    where: "s3://bucket/site",
    calls: 0,
    publish: async () => {
      t.calls++;
      if (t.calls <= failures) throw new Error(`store unreachable (${t.calls})`);
    },
  };
  return t;
}

describe("publishWithRetry", () => {
  vi.spyOn(console, "error").mockImplementation(() => {});

  it("retries a failing target and ends published, showing each state on the way", async () => {
    const states: TargetState[] = [];
    const target = flaky(2);
    expect(await publishWithRetry(target, site, { attempts: 4, retryBaseMs: 1, onState: (s) => states.push(s) })).toBe(true);
    expect(states.map((s) => `${s.state}#${s.attempts}`)).toEqual([
      "publishing#1",
      "retrying#1",
      "publishing#2",
      "retrying#2",
      "publishing#3",
      "published#3",
    ]);
    expect(states[1]?.error).toBe("store unreachable (1)");
    expect(states.every((s) => s.version === 3)).toBe(true);
  });

  it("gives up after the last try, failed with the error", async () => {
    const states: TargetState[] = [];
    const target = flaky(10);
    expect(await publishWithRetry(target, site, { attempts: 3, retryBaseMs: 1, onState: (s) => states.push(s) })).toBe(false);
    expect(target.calls).toBe(3);
    expect(states.at(-1)).toEqual({ version: 3, state: "failed", attempts: 3, error: "store unreachable (3)" });
  });

  it("stops waiting for a retry when a newer release supersedes this one", async () => {
    const target = flaky(10);
    expect(await publishWithRetry(target, site, { attempts: 4, retryBaseMs: 1, onState: () => {}, superseded: () => true })).toBe(false);
    expect(target.calls).toBe(1);
  });
});

describe("retryDelay and targetsFromEnv", () => {
  it("waits base, 4x, 16x before the 2nd, 3rd and 4th tries", () => {
    expect([2, 3, 4].map((n) => retryDelay(n, 1000))).toEqual([1000, 4000, 16000]);
  });
  const cases: [name: string, env: Record<string, string>, targets: string[], problems: number][] = [
    ["nothing configured", {}, [], 0],
    ["a folder", { LINEUP_PUBLISH_DIR: "/srv/lineup" }, ["dir /srv/lineup"], 0],
    ["a bucket", { LINEUP_PUBLISH_S3_URL: "s3://bucket/site" }, ["s3 s3://bucket/site"], 0],
    ["both", { LINEUP_PUBLISH_DIR: "/srv/lineup", LINEUP_PUBLISH_S3_URL: "s3://bucket" }, ["dir /srv/lineup", "s3 s3://bucket"], 0],
    ["a bucket address that is not s3://", { LINEUP_PUBLISH_S3_URL: "https://bucket" }, [], 1],
  ];
  it.each(cases)("%s", (_name, env, targets, problems) => {
    const r = targetsFromEnv(env);
    expect(r.targets.map((t) => `${t.name} ${t.where}`)).toEqual(targets);
    expect(r.problems).toHaveLength(problems);
  });
});

describe("after a release, and when the server starts (a database, pages from a stand-in server)", () => {
  it("publishes the latest release of an edition the target has not received whole, and records it as published", async () => {
    const { freshDatabase } = await import("@/server/test/db");
    const { seedDemo, DEMO_SLUG } = await import("@/server/demo");
    const { getDb } = await import("@/db/client");
    const { getEditionBySlug } = await import("@/db/queries/editions");
    const { listSitePublications } = await import("@/db/queries/site-publications");
    const { resumeSitePublications } = await import("./site-publish");
    const http = await import("node:http");
    const fs = await import("node:fs");
    const path = await import("node:path");
    const { admin, dir } = freshDatabase();
    seedDemo(admin);
    const edition = getEditionBySlug(getDb(), DEMO_SLUG);
    expect(edition).not.toBeNull();

    // The stand-in for the front: every page names release 1 of the demo, every feed is a calendar.
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      const url = req.url ?? "/";
      seen.push(url);
      if (/\.(ics|xml|json|csv)$/.test(url)) res.end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
      else {
        res.setHeader("content-type", "text/html");
        res.end(`<html><head><meta name="lineup-release" content="${DEMO_SLUG} 1 ${url}"></head><body>${url}</body></html>`);
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const { port } = server.address() as import("node:net").AddressInfo;
    announceOrigin(`http://127.0.0.1:${port}`);
    const publishDir = path.join(dir, "site");
    try {
      resumeSitePublications({ LINEUP_PUBLISH_DIR: publishDir, LINEUP_PUBLISH_RETRY_MS: "10" });
      const current = path.join(publishDir, DEMO_SLUG, "current");
      await vi.waitFor(
        () => {
          const rows = listSitePublications(getDb(), edition?.id ?? 0);
          expect(rows).toMatchObject([
            { target: "dir", location: publishDir, state: "published", version: 1, publishedVersion: 1, error: null },
          ]);
        },
        { timeout: 15_000, interval: 50 },
      );
      expect(fs.readlinkSync(current)).toBe(path.join("releases", "1"));
      expect(fs.existsSync(path.join(current, "index.html"))).toBe(true);
      expect(fs.existsSync(path.join(current, "schedule.ics.br"))).toBe(true);
      expect(seen).toContain(`/schedule/${DEMO_SLUG}/changes`);

      // Received whole: nothing to do at the next start. Another folder configured since: published there too.
      seen.length = 0;
      resumeSitePublications({ LINEUP_PUBLISH_DIR: publishDir, LINEUP_PUBLISH_RETRY_MS: "10" });
      await new Promise((r) => setTimeout(r, 500));
      expect(seen).toEqual([]);
      const otherDir = path.join(dir, "other-site");
      resumeSitePublications({ LINEUP_PUBLISH_DIR: otherDir, LINEUP_PUBLISH_RETRY_MS: "10" });
      await vi.waitFor(() => expect(fs.existsSync(path.join(otherDir, DEMO_SLUG, "current", "index.html"))).toBe(true), {
        timeout: 15_000,
        interval: 50,
      });
      await vi.waitFor(
        () =>
          expect(listSitePublications(getDb(), edition?.id ?? 0)).toMatchObject([
            { target: "dir", location: otherDir, state: "published", publishedVersion: 1 },
          ]),
        { timeout: 5_000, interval: 50 },
      );
    } finally {
      releaseRegistry().origin = null;
      server.close();
    }
  });
});
