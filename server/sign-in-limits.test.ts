import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll } from "@/db/client";
import { ServiceError } from "./errors";
import { createUser, signIn } from "./services/accounts";
import { LOGIN_LIMIT } from "./sign-in-limits";
import { freshDatabase } from "./test/db";

const PASSWORD = "copper lantern meadow";
let n = 0;
/** An address no other test uses (the counts live in this process's memory). */
const address = () => `192.0.2.${++n}`;

async function attempt(email: string, password: string, ip: string): Promise<number> {
  try {
    await signIn({ email, password }, { ip });
    return 200;
  } catch (e) {
    if (e instanceof ServiceError) return e.status;
    throw e;
  }
}

describe("sign-in limits: per account at an address, and per address", () => {
  const email = "victim@lineup.test";
  beforeAll(async () => {
    const { admin } = freshDatabase();
    await createUser(admin, { email, password: PASSWORD, role: "admin" });
    for (let i = 0; i < 3; i++) await createUser(admin, { email: `other${i}@lineup.test`, password: PASSWORD, role: "viewer" });
  });
  afterAll(() => closeAll());

  it("the defaults are 10 per account at an address and 30 per address in 15 minutes", () => {
    expect(LOGIN_LIMIT).toEqual({ account: 10, ip: 30, windowMs: 15 * 60 * 1000 });
  });

  it("an attacker's address gets 429 after 10 failures, even with the right password; the owner's address still signs in", async () => {
    const attacker = address();
    for (let i = 0; i < 10; i++) expect(await attempt(email, "wrong guess", attacker)).toBe(401);
    expect(await attempt(email, "wrong guess", attacker)).toBe(429);
    expect(await attempt(email, PASSWORD, attacker)).toBe(429);
    const e = await signIn({ email, password: PASSWORD }, { ip: attacker }).catch((x) => x);
    expect(e.message).toMatch(/^Too many sign-in attempts for this account from your address; try again in 15 minutes$/);
    expect(e.fields).toEqual({ email: "too many attempts" });
    expect(await attempt(email, PASSWORD, address())).toBe(200);
  });

  it("parallel guesses cannot overrun the limit", async () => {
    const attacker = address();
    const statuses = await Promise.all(Array.from({ length: 25 }, () => attempt(email, "wrong guess", attacker)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it("a success forgets that account's failures from that address", async () => {
    const ip = address();
    for (let i = 0; i < 9; i++) expect(await attempt(email, "typo", ip)).toBe(401);
    expect(await attempt(email, PASSWORD, ip)).toBe(200);
    for (let i = 0; i < 9; i++) expect(await attempt(email, "typo", ip)).toBe(401);
    expect(await attempt(email, PASSWORD, ip)).toBe(200);
  });

  it("one address guessing many accounts (and unknown ones) gets 429 after 30 failures, for every account", async () => {
    const ip = address();
    const accounts = ["other0@lineup.test", "other1@lineup.test", "other2@lineup.test", "nobody@lineup.test"];
    for (let i = 0; i < 30; i++) expect(await attempt(accounts[i % 4] ?? "", "wrong guess", ip), `attempt ${i + 1}`).toBe(401);
    expect(await attempt("other0@lineup.test", PASSWORD, ip)).toBe(429);
    const e = await signIn({ email: "other1@lineup.test", password: PASSWORD }, { ip }).catch((x) => x);
    expect(e.message).toMatch(/^Too many sign-in attempts from your address; try again in 15 minutes$/);
    expect(await attempt("other0@lineup.test", PASSWORD, address())).toBe(200);
  });
});
