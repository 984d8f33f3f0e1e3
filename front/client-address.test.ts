import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, parseTrustProxy } from "./client-address.mjs";

const SOCKET = "10.0.0.5";

describe("clientAddress: who is calling", () => {
  it.each([
    // [name, trustedHops, X-Forwarded-For, X-Forwarded-Proto, expected address, expected proto]
    ["no proxy trusted, no header: the socket", 0, undefined, undefined, SOCKET, "http"],
    ["no proxy trusted: a client's X-Forwarded-For is ignored", 0, "1.2.3.4", undefined, SOCKET, "http"],
    ["no proxy trusted: a client's X-Forwarded-Proto is ignored", 0, undefined, "https", SOCKET, "http"],
    ["no proxy trusted: a forged chain is ignored", 0, "6.6.6.6, 7.7.7.7", "https", SOCKET, "http"],
    ["one hop: the address the proxy appended", 1, "203.0.113.9", "https", "203.0.113.9", "https"],
    ["one hop: a client's forged entries left of it do not count", 1, "6.6.6.6, 203.0.113.9", "https", "203.0.113.9", "https"],
    ["one hop, no header: the socket (a direct caller)", 1, undefined, undefined, SOCKET, "http"],
    ["two hops: the second from the right of [...XFF, socket]", 2, "6.6.6.6, 203.0.113.9, 10.1.1.1", undefined, "203.0.113.9", "http"],
    ["more hops than entries: the leftmost", 3, "203.0.113.9", undefined, "203.0.113.9", "http"],
    ["several header lines joined", 1, ["6.6.6.6", "203.0.113.9"], undefined, "203.0.113.9", "http"],
    ["one hop, proto http", 1, "203.0.113.9", "http", "203.0.113.9", "http"],
    ["one hop, proto in capitals", 1, "203.0.113.9", "HTTPS", "203.0.113.9", "https"],
    ["one hop, an odd proto is http", 1, "203.0.113.9", "gopher", "203.0.113.9", "http"],
    ["two hops, proto appended by each proxy", 2, "6.6.6.6, 203.0.113.9, 10.1.1.1", "https, http", "203.0.113.9", "https"],
    ["one hop, an entry that is no address: the socket", 1, "unknown", undefined, SOCKET, "http"],
    ["one hop, empty entries skipped", 1, "203.0.113.9, ,", undefined, "203.0.113.9", "http"],
    ["one hop, IPv6", 1, "2001:DB8::1", undefined, "2001:db8::1", "http"],
    ["one hop, an address with a port", 1, "203.0.113.9:4711", undefined, "203.0.113.9", "http"],
    ["one hop, bracketed IPv6 with a port", 1, "[2001:db8::1]:443", undefined, "2001:db8::1", "http"],
  ] as const)("%s", (_name, trustedHops, forwardedFor, forwardedProto, address, proto) => {
    expect(
      clientAddress({
        socketAddress: SOCKET,
        forwardedFor: forwardedFor as string | string[] | undefined,
        forwardedProto,
        trustedHops,
      }),
    ).toEqual({ address, proto });
  });

  it("an IPv4-mapped socket address reads as IPv4", () => {
    expect(clientAddress({ socketAddress: "::ffff:127.0.0.1", trustedHops: 0 })).toEqual({ address: "127.0.0.1", proto: "http" });
  });

  it("a proxy over IPv6 loopback appends the client's address", () => {
    expect(clientAddress({ socketAddress: "::1", forwardedFor: "198.51.100.7", trustedHops: 1 }).address).toBe("198.51.100.7");
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::FFFF:192.0.2.1", "192.0.2.1"],
    [" 192.0.2.1 ", "192.0.2.1"],
    ["fe80::1", "fe80::1"],
    ["not-an-ip", null],
    ["", null],
    ["999.1.1.1", null],
    ["1.2.3.4.5", null],
  ])("%j -> %j", (raw, want) => {
    expect(normaliseAddress(raw)).toBe(want);
  });
});

describe("LINEUP_TRUST_PROXY", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    ["1", 1],
    [" 2 ", 2],
  ])("%j -> %d hops", (value, hops) => {
    expect(parseTrustProxy(value)).toBe(hops);
  });
  it.each(["true", "-1", "1.5", "yes", "loopback", "100"])("%j is refused with a message naming the variable", (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/LINEUP_TRUST_PROXY/);
  });
});
