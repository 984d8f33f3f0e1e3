import { describe, expect, it, vi } from "vitest";
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
