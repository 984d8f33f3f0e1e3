// The HTTP front of `npm start`: one node:http server in the same process as Next (Next's
// documented custom-server API: next({ dev: false, dir }), app.prepare(), app.getRequestHandler()).
//
// Every request passes here first:
//   1. the client's address and scheme are settled once (front/client-address.mjs,
//      LINEUP_TRUST_PROXY), written into x-forwarded-for / x-forwarded-proto, and any forwarding
//      header the client sent is dropped, so the app (server/http.ts clientIp) reads one truth;
//   2. `responders` may answer: in `npm start`, serveRelease (front/release-store.mjs) answers
//      every public address of each edition's current release from memory, pre-compressed,
//      before Next's routing;
//   3. everything else goes to Next.
// It also owns stopping: stop accepting, let in-flight requests finish, close idle keep-alive
// connections, then close Next; the database is closed by the process's exit handler (db/client.ts).
import http from "node:http";
import { clientAddress } from "./client-address.mjs";
import { announceOrigin, serveRelease } from "./release-store.mjs";

/** Forwarding headers the front settles itself; a client's own values never reach the app. */
const DROPPED = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Rewrites the request's forwarding headers to the one client address and scheme the front
 * trusts (see clientAddress). X-Forwarded-Host passes only from a trusted proxy (trustedHops > 0).
 * @param {import("node:http").IncomingMessage} req
 * @param {number} trustedHops
 * @returns {{ address: string, proto: "http" | "https" }}
 */
function settleForwarding(req, trustedHops) {
  const client = clientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    forwardedProto: req.headers["x-forwarded-proto"],
    trustedHops,
  });
  for (const name of DROPPED) delete req.headers[name];
  if (trustedHops === 0) delete req.headers["x-forwarded-host"];
  req.headers["x-forwarded-for"] = client.address;
  req.headers["x-forwarded-proto"] = client.proto;
  return client;
}

/** A body still arriving when the answer is ready is read (and dropped) up to this much, then the connection is cut. */
const DRAIN_LIMITS = { bytes: 16 * 1024 * 1024, ms: 10_000 };

/**
 * An answer given before the request's body has fully arrived (a 413 for an oversized body, a
 * DELETE that never reads one) is held back until the rest of the body has been read and dropped
 * (up to DRAIN_LIMITS), and only then finished. Otherwise Node closes the connection with
 * unread bytes in it, the client's kernel gets a reset, and the client never reads the answer.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ bytes: number, ms: number }} limits
 */
function endAfterBody(req, res, limits = DRAIN_LIMITS) {
  const end = res.end;
  // res.end's overloads are passed through as they are.
  res.end = /** @type {any} */ (
    function endWhenBodyRead(/** @type {any[]} */ ...args) {
      if (req.complete || req.destroyed || req.readableEnded) return end.apply(res, args);
      let seen = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        req.off("data", count);
        end.apply(res, args);
      };
      const count = (/** @type {Buffer} */ chunk) => {
        seen += chunk.length;
        if (seen > limits.bytes) finish();
      };
      const timer = setTimeout(finish, limits.ms);
      timer.unref();
      req.on("data", count);
      req.once("end", finish);
      req.once("close", finish);
      req.once("error", finish);
      req.resume();
      return res;
    }
  );
}

/**
 * The front's server, around any request handler (Next's, or a test's).
 * @param {{
 *   handle: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void> | void,
 *   trustedHops: number,
 *   responders?: Array<(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => boolean | Promise<boolean>>,
 *   log?: (line: string) => void,
 * }} options
 */
export function createFront({ handle, trustedHops, responders = [], log = (line) => console.error(line) }) {
  let inFlight = 0;
  let closing = false;
  /** @type {Set<() => void>} */
  const onIdle = new Set();

  const server = http.createServer(async (req, res) => {
    inFlight += 1;
    // Requests that arrive on a kept-alive connection while stopping are answered, then the connection closes.
    if (closing) res.setHeader("connection", "close");
    res.once("close", () => {
      inFlight -= 1;
      if (closing) {
        // The connection counts as idle once Node has finished the response: next tick.
        setImmediate(() => server.closeIdleConnections());
        if (inFlight === 0) for (const f of onIdle) f();
      }
    });
    endAfterBody(req, res);
    try {
      settleForwarding(req, trustedHops);
      for (const respond of responders) if (await respond(req, res)) return;
      await handle(req, res);
    } catch (e) {
      log(`[lineup] front: ${req.method} ${req.url}: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ error: { code: "internal", message: "Internal server error", fields: {} } }));
      } else res.destroy();
    }
  });

  /**
   * Stops accepting connections and resolves once every in-flight request has finished, or
   * after graceMs, when the remaining connections are cut.
   * @param {number} graceMs
   * @returns {Promise<{ cut: number }>}
   */
  function drain(graceMs) {
    closing = true;
    return new Promise((resolve) => {
      let cut = 0;
      const timer = setTimeout(() => {
        cut = inFlight;
        server.closeAllConnections();
      }, graceMs);
      timer.unref();
      const idle = new Promise((r) => {
        if (inFlight === 0) r(undefined);
        else onIdle.add(() => r(undefined));
      });
      const closed = new Promise((r) => server.close(() => r(undefined)));
      server.closeIdleConnections();
      Promise.all([idle, closed]).then(() => {
        clearTimeout(timer);
        resolve({ cut });
      });
    });
  }

  return {
    server,
    drain,
    get inFlight() {
      return inFlight;
    },
  };
}

/**
 * Starts Lineup: Next (production build in dir) behind the front, listening on port/hostname.
 * @param {{ dir: string, port: number, hostname?: string, trustedHops: number, keepAliveTimeout?: number }} o
 */
export async function startFront(o) {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: o.dir, port: o.port, hostname: o.hostname ?? "localhost" });
  await app.prepare();
  const front = createFront({ handle: app.getRequestHandler(), trustedHops: o.trustedHops, responders: [serveRelease] });
  if (o.keepAliveTimeout !== undefined) front.server.keepAliveTimeout = o.keepAliveTimeout;
  await new Promise((resolve, reject) => {
    front.server.once("error", reject);
    if (o.hostname) front.server.listen(o.port, o.hostname, () => resolve(undefined));
    else front.server.listen(o.port, () => resolve(undefined));
  });
  // The app renders each release through this server (server/release-site.ts): its loopback address.
  const address = front.server.address();
  if (address && typeof address === "object") {
    const host = address.address === "::" || address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
    announceOrigin(`http://${host.includes(":") ? `[${host}]` : host}:${address.port}`);
  }
  return {
    server: front.server,
    /** Stops the front (see drain), then Next. */
    async stop(graceMs = 3000) {
      const { cut } = await front.drain(graceMs);
      await Promise.race([app.close(), new Promise((r) => setTimeout(r, 500).unref())]);
      return { cut };
    },
  };
}
