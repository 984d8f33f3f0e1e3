"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, quietButtonClass } from "@/components/admin/Field";
import { submitWith } from "@/components/admin/format";
import { errorText } from "@/components/api";
import { type DraftBody, draftRunOptions, draftUndoOptions } from "@/components/queries";
import { Labelled } from "@/components/ui/FormControls";
import { Panel } from "@/components/ui/Section";
import { ListTableHead } from "@/components/ui/TableHead";
import { isClockTime, shortDayLabel } from "@/lib/festival-time";
import type { DraftAnswer, DraftPanelData } from "@/server/services/draft";

const inputClass = "rounded border border-stone-400 px-2 py-1";
const numberClass = `${inputClass} w-20`;

interface Limits {
  screenings: string;
  venueIds: number[];
  days: string[];
  notBefore: string;
  notAfter: string;
  maxPerFilmPerDay: string;
  minDaysBetweenScreenings: string;
  preShowMinutes: string;
  introMinutes: string;
  qaMinutes: string;
  timeLimitSeconds: string;
}

const START: Limits = {
  screenings: "2",
  venueIds: [],
  days: [],
  notBefore: "",
  notAfter: "",
  maxPerFilmPerDay: "1",
  minDaysBetweenScreenings: "1",
  preShowMinutes: "0",
  introMinutes: "0",
  qaMinutes: "0",
  timeLimitSeconds: "10",
};

function toggled<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

/** The request: each chosen film with the same count and limits (an empty choice of venues or days: all). */
function bodyOf(filmIds: number[], l: Limits): DraftBody {
  const limits = {
    ...(l.venueIds.length ? { venueIds: l.venueIds } : {}),
    ...(l.days.length ? { days: l.days } : {}),
    ...(isClockTime(l.notBefore) ? { notBefore: l.notBefore } : {}),
    ...(isClockTime(l.notAfter) ? { notAfter: l.notAfter } : {}),
  };
  return {
    films: filmIds.map((filmId) => ({ filmId, screenings: Number(l.screenings), ...limits })),
    rules: {
      maxPerFilmPerDay: Number(l.maxPerFilmPerDay),
      minDaysBetweenScreenings: Number(l.minDaysBetweenScreenings),
      preShowMinutes: Number(l.preShowMinutes),
      introMinutes: Number(l.introMinutes),
      qaMinutes: Number(l.qaMinutes),
    },
    timeLimitSeconds: Number(l.timeLimitSeconds),
  };
}

/** Which films: every unscheduled one, or those ticked in a filtered list. */
function FilmChoice({
  films,
  picked,
  setPicked,
  every,
  setEvery,
}: {
  films: DraftPanelData["films"];
  picked: number[];
  setPicked: (ids: number[]) => void;
  every: boolean;
  setEvery: (on: boolean) => void;
}) {
  const [filter, setFilter] = useState("");
  const unscheduled = films.filter((f) => !f.scheduled).length;
  const shown = films.filter((f) => f.title.toLowerCase().includes(filter.trim().toLowerCase())).slice(0, 200);
  return (
    <fieldset className="grid content-start gap-2">
      <legend className="font-medium">Films</legend>
      <label className="flex items-center gap-2">
        <input type="radio" name="draft-films" checked={every} onChange={() => setEvery(true)} />
        Every unscheduled film ({unscheduled})
      </label>
      <label className="flex items-center gap-2">
        <input type="radio" name="draft-films" checked={!every} onChange={() => setEvery(false)} />
        Films I pick ({picked.length} picked)
      </label>
      {!every && (
        <>
          <input
            aria-label="Filter films"
            placeholder="Filter by title"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className={inputClass}
          />
          <ul className="max-h-56 overflow-y-auto rounded border border-stone-300 p-1">
            {shown.map((f) => (
              <li key={f.id}>
                <label className="flex items-center gap-2 whitespace-nowrap">
                  <input
                    type="checkbox"
                    checked={picked.includes(f.id)}
                    onChange={(e) => setPicked(toggled(picked, f.id, e.target.checked))}
                  />
                  <span className="truncate">{f.title}</span>
                  <span className="text-stone-500">{f.runtimeMinutes === null ? "runtime ?" : `${f.runtimeMinutes}\u00a0min`}</span>
                  {f.scheduled && <span className="text-xs text-stone-500">scheduled</span>}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}

function NumberBox({ label, value, set, min = 0 }: { label: string; value: string; set: (v: string) => void; min?: number }) {
  return (
    <Labelled label={label}>
      <input type="number" min={min} value={value} onChange={(e) => set(e.target.value)} className={numberClass} />
    </Labelled>
  );
}

/** Counts, where and when, the per-film rules and the solver's time. */
function LimitsForm({ data, limits, set }: { data: DraftPanelData; limits: Limits; set: (l: Limits) => void }) {
  const field = (key: keyof Limits) => (v: string) => set({ ...limits, [key]: v });
  return (
    <div className="grid content-start gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <NumberBox label="Screenings each" value={limits.screenings} set={field("screenings")} min={1} />
        <NumberBox label="At most a day" value={limits.maxPerFilmPerDay} set={field("maxPerFilmPerDay")} min={1} />
        <NumberBox label="Days apart" value={limits.minDaysBetweenScreenings} set={field("minDaysBetweenScreenings")} />
        <Labelled label="Not before">
          <input type="time" value={limits.notBefore} onChange={(e) => field("notBefore")(e.target.value)} className={inputClass} />
        </Labelled>
        <Labelled label="Not after">
          <input type="time" value={limits.notAfter} onChange={(e) => field("notAfter")(e.target.value)} className={inputClass} />
        </Labelled>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <NumberBox label="Pre-show min" value={limits.preShowMinutes} set={field("preShowMinutes")} />
        <NumberBox label="Intro min" value={limits.introMinutes} set={field("introMinutes")} />
        <NumberBox label="Q&A min" value={limits.qaMinutes} set={field("qaMinutes")} />
        <NumberBox label="Time limit (s)" value={limits.timeLimitSeconds} set={field("timeLimitSeconds")} min={1} />
      </div>
      <fieldset className="flex flex-wrap gap-x-3 gap-y-1">
        <legend className="font-medium">Venues (none ticked: all)</legend>
        {data.venues.map((v) => (
          <label key={v.id} className="flex items-center gap-1 whitespace-nowrap">
            <input
              type="checkbox"
              checked={limits.venueIds.includes(v.id)}
              onChange={(e) => set({ ...limits, venueIds: toggled(limits.venueIds, v.id, e.target.checked) })}
            />
            {v.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-x-3 gap-y-1">
        <legend className="font-medium">Days (none ticked: all)</legend>
        {data.days.map((d) => (
          <label key={d} className="flex items-center gap-1 whitespace-nowrap">
            <input
              type="checkbox"
              checked={limits.days.includes(d)}
              onChange={(e) => set({ ...limits, days: toggled(limits.days, d, e.target.checked) })}
            />
            {shortDayLabel(d)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** What the draft placed and why the rest was not. */
function Outcome({ data, answer }: { data: DraftPanelData; answer: DraftAnswer }) {
  const title = new Map(data.films.map((f) => [f.id, f.title]));
  const venue = new Map(data.venues.map((v) => [v.id, v.name]));
  const { solver } = answer;
  const gap = solver.gap === undefined ? "" : `, gap ${(solver.gap * 100).toFixed(2)}%`;
  return (
    <div className="grid gap-3">
      <p role="status">
        Placed {answer.placed.length} screening{answer.placed.length === 1 ? "" : "s"}; {answer.unplaced.length} film
        {answer.unplaced.length === 1 ? "" : "s"} not placed in full. Solver: {solver.status}
        {gap}, {solver.seconds} s.
      </p>
      {answer.placed.length > 0 && (
        <table className="w-full text-sm" aria-label="Placed by the draft">
          <ListTableHead columns={["Film", "Venue", "Starts"]} />
          <tbody>
            {answer.placed.map((p) => (
              <tr key={p.screeningId} className="border-b border-stone-200">
                <td className="py-1 pr-2">{title.get(p.filmId) ?? `Film ${p.filmId}`}</td>
                <td className="py-1 pr-2">{venue.get(p.venueId) ?? `Venue ${p.venueId}`}</td>
                <td className="whitespace-nowrap py-1 pr-2">
                  {shortDayLabel(p.startsAt.slice(0, 10))} {p.startsAt.slice(11, 16)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {answer.unplaced.length > 0 && (
        <table className="w-full text-sm" aria-label="Not placed">
          <ListTableHead columns={["Film", "Placed", "Why not"]} />
          <tbody>
            {answer.unplaced.map((u) => (
              <tr key={u.filmId} className="border-b border-stone-200 align-top">
                <td className="py-1 pr-2">{title.get(u.filmId) ?? `Film ${u.filmId}`}</td>
                <td className="whitespace-nowrap py-1 pr-2">
                  {u.placed} of {u.wanted}
                </td>
                <td className="py-1 pr-2">{u.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/**
 * The board's Draft panel (issue 16 §2), on a scenario's board (?scenario={id}): pick films (or
 * every unscheduled film), their counts and limits, run the solver, see what was placed and why
 * the rest was not, then keep the draft or undo it as one step.
 */
export function DraftPanel({ slug, data }: { slug: string; data: DraftPanelData }) {
  const router = useRouter();
  const [every, setEvery] = useState(true);
  const [picked, setPicked] = useState<number[]>([]);
  const [limits, setLimits] = useState(START);
  const [answer, setAnswer] = useState<DraftAnswer | null>(null);
  const [message, setMessage] = useState("");
  const [kept, setKept] = useState(false);
  const run = useMutation(draftRunOptions(slug));
  const undo = useMutation(draftUndoOptions(slug));
  const filmIds = every ? data.films.filter((f) => !f.scheduled).map((f) => f.id) : picked;
  const submit = () => {
    setMessage("");
    run.mutate(
      { slug, scenarioId: data.scenario.id, body: bodyOf(filmIds, limits) },
      {
        onSuccess: (a) => {
          setAnswer(a);
          setKept(false);
          router.refresh();
        },
        onError: (e) => setMessage(errorText(e)),
      },
    );
  };
  const undoDraft = () => {
    if (!answer) return;
    undo.mutate(
      { slug, scenarioId: data.scenario.id, screeningIds: answer.screeningIds },
      {
        onSuccess: (r) => {
          setAnswer(null);
          setMessage(`Draft undone: ${r.removed} screening${r.removed === 1 ? "" : "s"} removed`);
          router.refresh();
        },
        onError: (e) => setMessage(errorText(e)),
      },
    );
  };
  const undoable = !!answer && !kept && answer.screeningIds.length > 0;
  return (
    <Panel id="draft-panel" title={`Draft: ${data.scenario.name}`}>
      <form aria-label="Automatic draft" className="grid gap-4 text-sm" onSubmit={submitWith(submit)}>
        <div className="grid gap-4 md:grid-cols-[minmax(16rem,1fr)_2fr]">
          <FilmChoice films={data.films} picked={picked} setPicked={setPicked} every={every} setEvery={setEvery} />
          <LimitsForm data={data} limits={limits} set={setLimits} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass} disabled={run.isPending || filmIds.length === 0}>
            {run.isPending ? "Drafting…" : `Run draft (${filmIds.length} film${filmIds.length === 1 ? "" : "s"})`}
          </button>
          {undoable && (
            <>
              <button
                type="button"
                className={quietButtonClass}
                onClick={() => {
                  setKept(true);
                  setMessage("Draft kept");
                }}
              >
                Keep
              </button>
              <button type="button" className={quietButtonClass} onClick={undoDraft} disabled={undo.isPending}>
                Undo draft
              </button>
            </>
          )}
          {message && <p role="status">{message}</p>}
        </div>
      </form>
      {answer && (
        <div className="mt-4">
          <Outcome data={data} answer={answer} />
        </div>
      )}
    </Panel>
  );
}
