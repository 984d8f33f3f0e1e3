/**
 * How many failed sign-ins are allowed, per 15 minutes (rate-limiter-flexible, in memory):
 * - per account AND address together: LINEUP_LOGIN_LIMIT_ACCOUNT (10). Guessing one account's
 *   password stays slow, but nobody elsewhere can lock its owner out: the owner's own address
 *   has its own allowance.
 * - per address: LINEUP_LOGIN_LIMIT_IP (30), over every account (one address guessing many
 *   accounts). An address gets more than an account: a festival office or a venue's Wi-Fi shares one.
 * The address is the client's as `clientIp` (server/http.ts) reports it. An attempt takes its
 * place before the password is checked (so that parallel attempts cannot overrun the limit) and
 * is given back when it succeeds; a success also forgets that account's failures from that
 * address. Once a limit is reached, every attempt (even with the right password) gets 429 until
 * the window ends. The counts live in this process's memory: a restart forgets them.
 */
import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";
import { ServiceError } from "./errors";

const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export const LOGIN_LIMIT = {
  account: envInt("LINEUP_LOGIN_LIMIT_ACCOUNT", 10),
  ip: envInt("LINEUP_LOGIN_LIMIT_IP", 30),
  windowMs: 15 * 60 * 1000,
};

interface Limiters {
  byAddress: RateLimiterMemory;
  byAccountAtAddress: RateLimiterMemory;
}

// One set of counts per process, even when bundling gives route handlers and server actions their own copy of this module.
const g = globalThis as unknown as { __lineupSignInLimiters?: Limiters };
if (!g.__lineupSignInLimiters)
  g.__lineupSignInLimiters = {
    byAddress: new RateLimiterMemory({ keyPrefix: "ip", points: LOGIN_LIMIT.ip, duration: LOGIN_LIMIT.windowMs / 1000 }),
    byAccountAtAddress: new RateLimiterMemory({ keyPrefix: "acct-ip", points: LOGIN_LIMIT.account, duration: LOGIN_LIMIT.windowMs / 1000 }),
  };
const limiters = g.__lineupSignInLimiters;

export interface SignInAttempt {
  /** The password was right: give the attempt back and forget this account's failures from this address. */
  succeeded(): Promise<void>;
}

/**
 * Takes one attempt from the address's allowance and from the account's allowance at that
 * address, or throws 429 rate_limited (taking nothing) when either is used up.
 */
export async function beginSignInAttempt(email: string, ip: string | undefined): Promise<SignInAttempt> {
  const address = ip ?? "unknown";
  const accountKey = JSON.stringify([email, address]);
  await take(limiters.byAddress, address, "from your address");
  try {
    await take(limiters.byAccountAtAddress, accountKey, "for this account from your address");
  } catch (e) {
    await giveBack(limiters.byAddress, address);
    throw e;
  }
  return {
    async succeeded() {
      await giveBack(limiters.byAddress, address);
      await limiters.byAccountAtAddress.delete(accountKey);
    },
  };
}

async function take(limiter: RateLimiterMemory, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    // consume() rejects with a RateLimiterRes when the limit is reached (checked by shape: a bundler
    // may load the library's class twice, and instanceof then fails), with an Error on a store failure.
    if (!isLimitReached(e)) throw e;
    await giveBack(limiter, key); // a refused attempt does not count
    const wait = Math.max(1, Math.ceil(e.msBeforeNext / 60_000));
    throw new ServiceError("rate_limited", `Too many sign-in attempts ${what}; try again in ${wait} minute${wait === 1 ? "" : "s"}`, {
      email: "too many attempts",
    });
  }
}

/** Returns one point, unless the window ended meanwhile (a fresh window starts from nothing, not from -1). */
async function giveBack(limiter: RateLimiterMemory, key: string): Promise<void> {
  const current = await limiter.get(key);
  if (current && current.consumedPoints > 0) await limiter.reward(key);
}

function isLimitReached(e: unknown): e is RateLimiterRes {
  return typeof e === "object" && e !== null && !(e instanceof Error) && typeof (e as RateLimiterRes).msBeforeNext === "number";
}
