import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./auth";

describe("password hashing", () => {
  it("hashes with scrypt and a fresh salt, and verifies", async () => {
    const a = await hashPassword("copper lantern meadow");
    const b = await hashPassword("copper lantern meadow");
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("copper lantern meadow", a)).toBe(true);
    expect(await verifyPassword("copper lantern meadoW", a)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });

  it("leaves the request thread free while hashes run (off the thread, two at a time)", async () => {
    const hash = await hashPassword("copper lantern meadow");
    let longestGap = 0;
    let last = performance.now();
    let running = true;
    const tick = () => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      if (running) setTimeout(tick, 1);
    };
    setTimeout(tick, 1);
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, () => verifyPassword("wrong", hash)));
    const took = performance.now() - started;
    running = false;
    // Eight synchronous hashes would hold the thread for all of `took` at once.
    expect(longestGap).toBeLessThan(Math.max(40, took / 4));
  });
});
