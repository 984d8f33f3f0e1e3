import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createFront, type Handler } from "./front.mjs";

type Front = ReturnType<typeof createFront>;
const fronts: Front[] = [];

async function listen(handle: Handler, trustedHops = 0, responders: Parameters<typeof createFront>[0]["responders"] = []) {
  const front = createFront({ handle, trustedHops, responders, log: () => {} });
  fronts.push(front);
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", () => r()));
  return { front, port: (front.server.address() as AddressInfo).port };
}

afterEach(async () => {
  for (const f of fronts.splice(0)) {
    f.server.closeAllConnections();
    await new Promise((r) => f.server.close(() => r(undefined)));
  }
});

/** The headers the app behind the front received. */
const echo: Handler = (req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(req.headers));
};

function request(port: number, o: { path?: string; headers?: Record<string, string>; agent?: http.Agent } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: o.path ?? "/", headers: o.headers, agent: o.agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
  });
}

const FORGED = {
  "x-forwarded-for": "6.6.6.6, 7.7.7.7",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
  "x-forwarded-port": "443",
  "x-real-ip": "8.8.8.8",
  forwarded: "for=9.9.9.9",
};

describe("the front settles who is calling before the app sees the request", () => {
  it("LINEUP_TRUST_PROXY unset (0): a client's forwarding headers are dropped; the socket's address is the client", async () => {
    const { port } = await listen(echo, 0);
    const seen = JSON.parse((await request(port, { headers: FORGED })).body);
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-proto"]).toBe("http");
    for (const h of ["x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"]) expect(seen[h]).toBeUndefined();
  });

  it("one trusted hop: the proxy's entry and scheme count, nothing left of it", async () => {
    const { port } = await listen(echo, 1);
    const seen = JSON.parse((await request(port, { headers: FORGED })).body);
    expect(seen["x-forwarded-for"]).toBe("7.7.7.7");
    expect(seen["x-forwarded-proto"]).toBe("https");
    expect(seen["x-forwarded-host"]).toBe("evil.example");
    expect(seen["x-real-ip"]).toBeUndefined();
  });

  it("a responder answers before the app; the others pass through", async () => {
    const { port } = await listen(echo, 0, [
      (req, res) => {
        if (req.url !== "/static") return false;
        res.end("from the front");
        return true;
      },
    ]);
    expect((await request(port, { path: "/static" })).body).toBe("from the front");
    expect(JSON.parse((await request(port, { path: "/other" })).body)["x-forwarded-for"]).toBe("127.0.0.1");
  });

  it("a handler that throws gets a JSON 500, not a hung connection", async () => {
    const { port } = await listen(() => {
      throw new Error("boom");
    });
    const r = await request(port);
    expect(r.status).toBe(500);
    expect(JSON.parse(r.body).error.code).toBe("internal");
  });
});

/**
 * Streams `bytes` of body with no Content-Length (chunked) on a connection of its own, from a
 * separate process (as a real client: a reset then loses the answer it had not read yet).
 * Resolves with the answer read, or "reset: <error>".
 */
const UPLOADER = `
const http = require("node:http");
const [port, method, bytes] = process.argv.slice(1);
const req = http.request({ host: "127.0.0.1", port, method, path: "/upload", agent: false, headers: { "transfer-encoding": "chunked", connection: "close" } }, (res) => {
  let body = "";
  res.setEncoding("utf8");
  res.on("data", (c) => (body += c));
  res.on("end", () => { console.log(JSON.stringify({ status: res.statusCode, body })); process.exit(0); });
});
req.on("error", (e) => { console.log(JSON.stringify({ reset: e.message })); process.exit(0); });
const chunk = Buffer.alloc(64 * 1024, "x");
let sent = 0;
const pump = () => { while (sent < Number(bytes)) { sent += chunk.length; if (!req.write(chunk)) return req.once("drain", pump); } req.end(); };
pump();
`;

function upload(port: number, method: string, bytes: number): Promise<{ status?: number; body?: string; reset?: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["-e", UPLOADER, String(port), method, String(bytes)], (err, stdout) => {
      if (err) reject(err);
      else resolve(JSON.parse(stdout));
    });
  });
}

describe("an answer given before the body has arrived is read by the client", () => {
  /** Refuses at once, reading at most the first chunk: what a 413 for an oversized body, or a DELETE that never reads its body, does. */
  const refuseEarly: Handler = (req, res) =>
    new Promise<void>((resolve) => {
      const answer = () => {
        res.statusCode = req.method === "DELETE" ? 404 : 413;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ error: { code: req.method === "DELETE" ? "not_found" : "payload_too_large" } }));
        resolve();
      };
      if (req.method === "DELETE") answer();
      else
        req.once("data", () => {
          req.pause();
          answer();
        });
    });

  it.each(["POST", "DELETE"])("%s with 2 MB streamed without Content-Length, 10 times: every answer read, no reset", async (method) => {
    const { port } = await listen(refuseEarly);
    for (let i = 0; i < 10; i++) {
      const r = await upload(port, method, 2 * 1024 * 1024);
      expect(r.reset).toBeUndefined();
      expect(r.status).toBe(method === "DELETE" ? 404 : 413);
      expect(JSON.parse(r.body ?? "{}").error.code).toBeTruthy();
    }
  });
});

describe("stopping", () => {
  it("finishes the request in flight, refuses new connections, closes idle keep-alive ones", async () => {
    let release: () => void = () => {};
    const slow: Handler = (req, res) =>
      new Promise<void>((r) => {
        if (req.url !== "/slow") return void res.end("quick");
        release = () => {
          res.end("slow done");
          r();
        };
      });
    const { front, port } = await listen(slow);
    const agent = new http.Agent({ keepAlive: true });
    expect((await request(port, { agent, path: "/quick" })).body).toBe("quick"); // leaves an idle keep-alive socket
    const inFlight = request(port, { path: "/slow" });
    await new Promise((r) => setTimeout(r, 100));
    expect(front.inFlight).toBe(1);
    const drained = front.drain(3000);
    await new Promise((r) => setTimeout(r, 100));
    await expect(request(port, { path: "/quick" })).rejects.toThrow(/ECONNREFUSED/);
    const t0 = Date.now();
    setTimeout(() => release(), 300);
    expect((await inFlight).body).toBe("slow done");
    expect(await drained).toEqual({ cut: 0 });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(front.server.listening).toBe(false);
    agent.destroy();
  });

  it("cuts what is still running after the grace period", async () => {
    const { front, port } = await listen(() => new Promise<void>(() => {}));
    const hung = request(port).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    expect(await front.drain(300)).toEqual({ cut: 1 });
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(await hung).toBeInstanceOf(Error);
  });
});
