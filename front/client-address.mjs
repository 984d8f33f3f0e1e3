// Who is calling: the one rule the front (front/front.mjs) applies to every request before
// Next sees it. Pure: no I/O, unit-tested in client-address.test.ts.
import net from "node:net";

/**
 * The number of proxy hops to trust, from LINEUP_TRUST_PROXY: a whole number >= 0 (default 0).
 * Anything else is refused, so a typo cannot silently trust (or distrust) a proxy.
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustProxy(value) {
  if (value === undefined || value.trim() === "") return 0;
  const v = value.trim();
  if (!/^\d{1,2}$/.test(v)) throw new Error(`LINEUP_TRUST_PROXY must be a number of proxy hops (0, 1, 2, ...), not "${value}"`);
  return Number(v);
}

/**
 * An address as the rate limits should key it: IPv4-mapped IPv6 ("::ffff:10.0.0.1") as plain
 * IPv4, IPv6 in lower case, brackets and a port removed ("[::1]:443", "10.0.0.1:5000");
 * null when what is left is not an IP address.
 * @param {string | undefined | null} raw
 * @returns {string | null}
 */
export function normaliseAddress(raw) {
  if (!raw) return null;
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed?.[1]) a = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped?.[1]) a = mapped[1];
  return net.isIP(a) ? a : null;
}

/** Splits a comma-separated forwarding header (several header lines arrive joined with ", "). */
function list(header) {
  if (header === undefined || header === null) return [];
  const joined = Array.isArray(header) ? header.join(",") : header;
  return joined
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The client's address and scheme.
 *
 * - trustedHops 0 (the default): the socket's address is the client, the scheme is http;
 *   X-Forwarded-For and X-Forwarded-Proto sent by anyone are ignored.
 * - trustedHops N > 0: the client is the N-th address from the right of
 *   [...X-Forwarded-For, socket address] (each trusted proxy appends the address it saw), or the
 *   leftmost when the list is shorter; the scheme is the N-th value from the right of
 *   X-Forwarded-Proto (clamped the same way) when it is http or https.
 * An entry that is not an IP address (a misconfigured proxy) yields the socket's address: the
 * limits then count the proxy as one client, which is safe, never a free pass.
 *
 * @param {{ socketAddress: string | undefined, forwardedFor?: string | string[] | undefined, forwardedProto?: string | string[] | undefined, trustedHops: number }} input
 * @returns {{ address: string, proto: "http" | "https" }}
 */
export function clientAddress({ socketAddress, forwardedFor, forwardedProto, trustedHops }) {
  const socket = normaliseAddress(socketAddress) ?? socketAddress ?? "unknown";
  if (!(trustedHops > 0)) return { address: socket, proto: "http" };
  const chain = [...list(forwardedFor), socket];
  const pick = (items) => items[Math.max(0, items.length - 1 - trustedHops)];
  const address = normaliseAddress(pick(chain)) ?? socket;
  const protos = list(forwardedProto).map((p) => p.toLowerCase());
  const wanted = protos.length ? pick([...protos, "http"]) : "http";
  return { address, proto: wanted === "https" ? "https" : "http" };
}
