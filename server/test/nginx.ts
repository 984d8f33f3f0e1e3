/**
 * Debian's nginx with deploy/nginx.conf over a publish folder, for tests: a temporary prefix,
 * pid file and error log, a free loopback port, `-g 'daemon off;'` (stopped by the caller).
 * Throws one line saying how to get nginx when it is not installed.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const NGINX_PATHS = ["/usr/sbin/nginx", "/usr/bin/nginx"];
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

export interface RunningNginx {
  port: number;
  /** Whether the brotli_static module is loaded (else the config's brotli_static line is left out). */
  brotli: boolean;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** deploy/nginx.conf with its root and listen address replaced, inside a minimal main config. */
export async function startNginx(publishDir: string, configFile = path.join(process.cwd(), "deploy", "nginx.conf")): Promise<RunningNginx> {
  const nginx = NGINX_PATHS.find((p) => fs.existsSync(p));
  if (!nginx) throw new Error("nginx is not installed: apt-get install nginx libnginx-mod-http-brotli-static (Debian; .ci/run does it)");
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-nginx-"));
  fs.chmodSync(prefix, 0o755);
  const port = await freePort();
  const brotli = fs.existsSync(BROTLI_MODULE);
  let site = fs.readFileSync(configFile, "utf8");
  if (!site.includes("root /srv/lineup;") || !site.includes("listen 80;"))
    throw new Error(`${configFile}: expected "root /srv/lineup;" and "listen 80;"`);
  site = site.replace("root /srv/lineup;", `root ${path.resolve(publishDir)};`).replace("listen 80;", `listen 127.0.0.1:${port};`);
  if (!brotli) site = site.replace(/^\s*brotli_static on;$/m, "");
  const conf = [
    brotli ? `load_module ${BROTLI_MODULE};` : "",
    process.getuid?.() === 0 ? "user root;" : "",
    `pid ${prefix}/nginx.pid;`,
    "worker_processes 1;",
    "events { worker_connections 256; }",
    "http {",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${prefix}/${t}_temp;`),
    `  include ${prefix}/site.conf;`,
    "}",
  ].join("\n");
  fs.writeFileSync(path.join(prefix, "site.conf"), site);
  fs.writeFileSync(path.join(prefix, "nginx.conf"), conf);
  const args = ["-p", prefix, "-e", `${prefix}/error.log`, "-c", `${prefix}/nginx.conf`];
  const check = spawnSync(nginx, ["-t", ...args], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const child: ChildProcess = spawn(nginx, [...args, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  const log: string[] = [];
  child.stderr?.on("data", (d: Buffer) => log.push(d.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGQUIT");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      await httpGet(port, "/schedule/");
      return { port, brotli, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  throw new Error(
    `nginx did not start: ${log.join("")}${fs.existsSync(`${prefix}/error.log`) ? fs.readFileSync(`${prefix}/error.log`, "utf8") : ""}`,
  );
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent (not decompressed). */
  raw: Buffer;
}

/** A GET on a loopback port, answered as sent (no decompression). */
export function httpGet(port: number, pathname: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: "127.0.0.1", port, path: pathname, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {}, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}

/** The body after undoing its Content-Encoding. */
export function decoded(a: Answer): Buffer {
  const enc = a.headers["content-encoding"];
  if (enc === "gzip") return zlib.gunzipSync(a.raw);
  if (enc === "br") return zlib.brotliDecompressSync(a.raw);
  return a.raw;
}
