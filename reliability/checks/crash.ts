/**
 * c. kill -9 in the middle of a release, ROUNDS times: set the markers of release k, send the
 * publish request, SIGKILL the server's process group 0-30 ms later, restart it on the same file.
 * Half the rounds count the 0-30 ms from sending the request; the other half from 15 ms before
 * the moment a publish normally completes (measured first), so that kills land on both sides of
 * the commit and the recovery of a committed-but-not-checkpointed release is exercised too.
 * Proves: PRAGMA integrity_check is ok after every crash; the public page shows release k-1 or
 * release k, whole (header, title marker and start time agree), never a mix; and a release whose
 * 201 reached the client is never lost.
 */
import { integrityCheck } from "@/db/inspect";
import { type Festival, latestRelease, MARKER_DAY, readMarkerPage, setMarkers } from "@/reliability/fixtures";
import { Client, percentile, type Server, sleep } from "@/reliability/lib";

export interface CrashFigures {
  rounds: number;
  integrityOk: number;
  committed: number;
  rolledBack: number;
  acknowledgedLost: number;
  halfReleases: number;
  otherProblems: string[];
  killDelaysMs: number[];
  /** How long a publish takes without a kill (median of 3), in ms. */
  publishMs: number;
  restartMs: { min: number; max: number; mean: number };
  outcomes: string[];
}

export async function crashDuringRelease(
  server: Server,
  admin: Client,
  f: Festival,
  rounds = 20,
  seed = Date.now(),
): Promise<CrashFigures> {
  let rnd = seed >>> 0;
  const random = () => {
    rnd = (rnd * 1664525 + 1013904223) >>> 0;
    return rnd / 2 ** 32;
  };
  const fig: CrashFigures = {
    rounds: 0,
    integrityOk: 0,
    committed: 0,
    rolledBack: 0,
    acknowledgedLost: 0,
    halfReleases: 0,
    otherProblems: [],
    killDelaysMs: [],
    publishMs: 0,
    restartMs: { min: Infinity, max: 0, mean: 0 },
    outcomes: [],
  };
  const restarts: number[] = [];
  const anon = new Client(server.url, null);
  const timings: number[] = [];
  for (let n = 0; n < 3; n++) {
    await setMarkers(admin, f, (await latestRelease(admin, f.slug)) + 1);
    const t0 = performance.now();
    const r = await admin.post(`/api/v1/editions/${f.slug}/releases`, { note: "timing" });
    timings.push(performance.now() - t0);
    if (r.status !== 201) fig.otherProblems.push(`timing publish: ${r.status} ${r.text.slice(0, 200)}`);
  }
  fig.publishMs = Math.round(percentile(timings, 50));
  for (let i = 0; i < rounds; i++) {
    fig.rounds += 1;
    const before = await latestRelease(admin, f.slug);
    const k = before + 1;
    await setMarkers(admin, f, k);
    const offset = i % 2 === 1 ? Math.max(0, fig.publishMs - 15) : 0;
    const delay = offset + Math.floor(random() * 31);
    fig.killDelaysMs.push(delay);
    let reply: string = "no reply";
    let acknowledged = false;
    const publish = admin
      .post(`/api/v1/editions/${f.slug}/releases`, { note: `crash round ${i + 1}` }, { timeoutMs: 10_000 })
      .then((r) => {
        reply = `${r.status}`;
        acknowledged = r.status === 201;
      })
      .catch((e: Error) => {
        reply = `connection error (${(e.cause as Error | undefined)?.message ?? e.message})`;
      });
    await sleep(delay);
    await server.kill9();
    await publish;

    const integrity = integrityCheck(server.dbPath);
    if (integrity === "ok") fig.integrityOk += 1;
    else fig.otherProblems.push(`round ${i + 1}: integrity_check: ${integrity}`);

    restarts.push(await server.start());
    const after = await latestRelease(admin, f.slug);
    const page = await anon.get(`/schedule/${f.slug}/${MARKER_DAY}`);
    const reading = readMarkerPage(page.text);
    let outcome: string;
    if (page.status !== 200) {
      fig.otherProblems.push(`round ${i + 1}: day page ${page.status}`);
      outcome = `page ${page.status}`;
    } else if (!reading.consistent) {
      fig.halfReleases += 1;
      fig.otherProblems.push(`round ${i + 1}: ${reading.why}`);
      outcome = "half";
    } else if (reading.release !== after) {
      fig.otherProblems.push(`round ${i + 1}: page shows release ${reading.release}, API says ${after}`);
      outcome = "stale page";
    } else if (after === k) {
      fig.committed += 1;
      outcome = "new";
    } else if (after === before) {
      fig.rolledBack += 1;
      outcome = "old";
      if (acknowledged) {
        fig.acknowledgedLost += 1;
        fig.otherProblems.push(`round ${i + 1}: release ${k} was acknowledged (201) but is gone after the restart`);
      }
    } else {
      fig.otherProblems.push(`round ${i + 1}: release went from ${before} to ${after}`);
      outcome = `unexpected ${after}`;
    }
    fig.outcomes.push(`${i + 1}: kill after ${delay} ms, client saw ${reply}, page shows ${outcome} (release ${reading.release})`);
  }
  fig.restartMs = {
    min: Math.min(...restarts),
    max: Math.max(...restarts),
    mean: Math.round(restarts.reduce((s, x) => s + x, 0) / Math.max(1, restarts.length)),
  };
  return fig;
}
