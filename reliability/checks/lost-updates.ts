/**
 * a. Conflicting updates: CLIENTS clients make TOTAL read-then-write updates to the same five
 * screenings, each write carrying the version it read (optimistic concurrency) and a marker of
 * its own (preShowMinutes = client, introMinutes = attempt). Proves: no lost update — every
 * accepted write was made on the version just before it (returned version = read version + 1),
 * accepted versions per screening are unique and gap-free, and the final state is the last
 * accepted write; every refused write is a 409 stale_version, nothing else.
 */

import { itemAt } from "@/lib/lists";
import type { Festival } from "@/reliability/fixtures";
import { Client, percentile } from "@/reliability/lib";

/** The parts of a slot (GET/PUT .../slots/:id[/screening]) this check reads. */
type SlotReply = { screening: { version: number; preShowMinutes: number; introMinutes: number } };

export interface LostUpdateFigures {
  attempts: number;
  accepted: number;
  refused409: number;
  otherStatuses: Record<string, number>;
  lostUpdates: number;
  problems: string[];
  p50ms: number;
  p99ms: number;
  durationMs: number;
  finalVersions: Record<string, number>;
}

interface Accepted {
  client: number;
  attempt: number;
  sent: number;
  got: number;
}

export async function conflictingUpdates(
  base: string,
  cookie: string,
  f: Festival,
  opts = { clients: 10, total: 1000 },
): Promise<LostUpdateFigures> {
  const started = Date.now();
  const slotUrl = (id: number) => `/api/v1/editions/${f.slug}/slots/${id}`;
  const reader = new Client(base, cookie);
  const initial = new Map<number, number>();
  for (const id of f.contestSlotIds) initial.set(id, (await reader.get(slotUrl(id))).json<SlotReply>().screening.version);

  const accepted = new Map<number, Accepted[]>(f.contestSlotIds.map((id) => [id, []]));
  const other: Record<string, number> = {};
  const problems: string[] = [];
  const latencies: number[] = [];
  let refused = 0;
  let attempts = 0;
  const perClient = Math.ceil(opts.total / opts.clients);

  await Promise.all(
    Array.from({ length: opts.clients }, async (_, client) => {
      const api = new Client(base, cookie);
      for (let n = 0; n < perClient && attempts < opts.total; n++) {
        attempts += 1;
        const slotId = itemAt(f.contestSlotIds, (client + n * 3) % f.contestSlotIds.length, "contest slot");
        try {
          const read = await api.get(slotUrl(slotId));
          if (read.status !== 200) {
            other[`GET ${read.status}`] = (other[`GET ${read.status}`] ?? 0) + 1;
            continue;
          }
          const version = read.json<SlotReply>().screening.version;
          const t0 = performance.now();
          const r = await api.put(`${slotUrl(slotId)}/screening`, {
            filmIds: [f.contestFilmId],
            preShowMinutes: client,
            introMinutes: n,
            qaMinutes: 0,
            status: "tentative",
            version,
          });
          latencies.push(performance.now() - t0);
          if (r.status === 200) {
            accepted.get(slotId)!.push({ client, attempt: n, sent: version, got: r.json<SlotReply>().screening.version });
          } else if (r.status === 409 && r.json<{ error?: { code?: string } }>().error?.code === "stale_version") {
            refused += 1;
          } else {
            const key = `PUT ${r.status} ${r.text.slice(0, 80)}`;
            other[key] = (other[key] ?? 0) + 1;
            if (problems.length < 20)
              problems.push(`client ${client} write ${n} on slot ${slotId} (version ${version}): ${r.status} ${r.text.slice(0, 300)}`);
          }
        } catch (e) {
          const key = `error ${(e as Error).message}`;
          other[key] = (other[key] ?? 0) + 1;
        }
      }
    }),
  );

  let lost = 0;
  const finalVersions: Record<string, number> = {};
  for (const slotId of f.contestSlotIds) {
    const list = accepted.get(slotId)!;
    const v0 = initial.get(slotId)!;
    const notOnTop = list.filter((a) => a.got !== a.sent + 1);
    for (const a of notOnTop.slice(0, 5))
      problems.push(`slot ${slotId}: client ${a.client} wrote on version ${a.sent} but got version ${a.got}`);
    const versions = list.map((a) => a.got).sort((a, b) => a - b);
    const dupes = versions.filter((v, i) => i > 0 && versions[i - 1] === v);
    for (const d of dupes.slice(0, 5)) problems.push(`slot ${slotId}: version ${d} accepted twice (one of the writes is lost)`);
    const expected = Array.from({ length: list.length }, (_, i) => v0 + 1 + i);
    const gaps = expected.filter((v) => !versions.includes(v));
    if (gaps.length)
      problems.push(`slot ${slotId}: versions ${gaps.slice(0, 5).join(", ")} have no accepted write (a write nobody was told about)`);
    const final = (await reader.get(slotUrl(slotId))).json<SlotReply>().screening;
    finalVersions[slotId] = final.version;
    const last = list.find((a) => a.got === Math.max(v0, ...versions));
    let finalWrong = 0;
    if (final.version !== (versions.at(-1) ?? v0)) {
      finalWrong = 1;
      problems.push(`slot ${slotId}: final version ${final.version}, last accepted ${versions.at(-1) ?? v0}`);
    } else if (last && (final.preShowMinutes !== last.client || final.introMinutes !== last.attempt)) {
      finalWrong = 1;
      problems.push(
        `slot ${slotId}: final state is client ${final.preShowMinutes} write ${final.introMinutes}, last accepted was client ${last.client} write ${last.attempt}`,
      );
    }
    lost += notOnTop.length + dupes.length + gaps.length + finalWrong;
  }
  const acceptedCount = [...accepted.values()].reduce((s, l) => s + l.length, 0);
  return {
    attempts,
    accepted: acceptedCount,
    refused409: refused,
    otherStatuses: other,
    lostUpdates: lost,
    problems,
    p50ms: Math.round(percentile(latencies, 50)),
    p99ms: Math.round(percentile(latencies, 99)),
    durationMs: Date.now() - started,
    finalVersions,
  };
}
