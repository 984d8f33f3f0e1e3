"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ApiError, api } from "@/components/api";
import { FIELD_NAMES } from "@/lib/catalogue/model";
import type { ImportPreview, PreviewEntry } from "@/server/services/catalogue-import";
import { buttonClass, quietButtonClass } from "./Field";

interface Decision {
  skip?: boolean;
  duplicate?: "merge" | "keep-both";
  title?: string;
  runtimeMinutes?: string;
}

/** Paste or upload -> preview (editable) -> import, all through POST /api/v1/films/import. */
export function ImportScreen() {
  const qc = useQueryClient();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Record<string, string | null> | undefined>();
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const preview = useMutation({
    mutationFn: (body: { text: string; fileName?: string; mapping?: Record<string, string | null> }) =>
      api<ImportPreview>("/api/v1/films/import?dryRun=true", { method: "POST", body }),
    onSuccess: (p) => {
      setMapping(p.mapping ?? undefined);
      setDecisions({});
    },
  });
  const commit = useMutation({
    mutationFn: (body: unknown) =>
      api<ImportPreview & { created: { id: number }[]; merged: number[] }>("/api/v1/films/import", { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["films"] }),
  });
  const p = preview.data;
  const set = (i: number, d: Partial<Decision>) => setDecisions((all) => ({ ...all, [i]: { ...all[i], ...d } }));

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 5_000_000) {
      preview.reset();
      alert(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; imports are limited to 5 MB. Split it into smaller files.`);
      return;
    }
    const buf = new Uint8Array(await file.arrayBuffer());
    let decoded: string;
    try {
      decoded = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch {
      decoded = new TextDecoder("windows-1252").decode(buf);
    }
    setText(decoded.replace(/^\uFEFF/, ""));
    setFileName(file.name);
  };

  const entryDecisions = (entries: PreviewEntry[]) =>
    entries.flatMap((e) => {
      const d = decisions[e.index];
      if (!d) return [];
      const film: Record<string, unknown> = {};
      if (d.title !== undefined) film.title = d.title;
      if (d.runtimeMinutes !== undefined) film.runtimeMinutes = d.runtimeMinutes;
      return [{ index: e.index, skip: d.skip, duplicate: d.duplicate, ...(Object.keys(film).length ? { film } : {}) }];
    });

  const errorOf = (e: unknown) =>
    e instanceof ApiError
      ? `${e.message}${
          Object.keys(e.fields).length
            ? ` (${Object.entries(e.fields)
                .map(([k, v]) => `${k}: ${v}`)
                .join("; ")})`
            : ""
        }`
      : String(e);

  return (
    <div className="grid gap-4">
      <form
        aria-label="Text to import"
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          commit.reset();
          preview.mutate({ text, fileName });
        }}
      >
        <label htmlFor="import-text" className="font-medium">
          Paste here
        </label>
        <textarea
          id="import-text"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setFileName(undefined);
          }}
          rows={10}
          className="w-full rounded border border-stone-400 p-2 font-mono text-sm"
        />
        <label className="text-sm">
          <span className="font-medium">or upload a file</span>{" "}
          <input
            type="file"
            accept=".txt,.html,.htm,.csv,.tsv,text/plain,text/html,text/csv"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        <div>
          <button type="submit" className={buttonClass} disabled={!text.trim() || preview.isPending}>
            {preview.isPending ? "Reading…" : "Preview"}
          </button>
        </div>
        {preview.isError && (
          <p role="alert" className="rounded bg-red-50 p-2 text-red-800">
            {errorOf(preview.error)}
          </p>
        )}
      </form>

      {p && (
        <section aria-labelledby="preview-h" className="grid gap-3">
          <h2 id="preview-h" className="text-xl font-semibold">
            What Lineup read
          </h2>
          <p data-testid="import-summary">
            {p.summary.entries} entries ({p.format}, {p.encoding}): {p.summary.new} new, {p.summary.same} already in the catalogue,{" "}
            {p.summary.duplicates} duplicates, {p.summary.flagged} flagged.
          </p>
          {p.warnings.map((w) => (
            <p key={w} className="text-sm text-amber-900">
              Note: {w}
            </p>
          ))}
          {mapping && (
            <fieldset className="rounded border border-stone-300 p-2 text-sm">
              <legend className="font-medium">Columns</legend>
              <div className="flex flex-wrap gap-3">
                {Object.entries(mapping).map(([header, field]) => (
                  <label key={header} className="grid gap-1">
                    <span>{header}</span>
                    <select
                      value={field ?? ""}
                      onChange={(e) => setMapping({ ...mapping, [header]: e.target.value || null })}
                      className="rounded border border-stone-400 px-1 py-0.5"
                    >
                      <option value="">(internal notes)</option>
                      {FIELD_NAMES.map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
              <button type="button" className={`${quietButtonClass} mt-2`} onClick={() => preview.mutate({ text, fileName, mapping })}>
                Read again with these columns
              </button>
            </fieldset>
          )}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-stone-400 text-left">
                  <th className="p-1">Import</th>
                  <th className="p-1">Title</th>
                  <th className="p-1">Directors</th>
                  <th className="p-1">Year</th>
                  <th className="p-1">Runtime (min)</th>
                  <th className="p-1">Flags</th>
                  <th className="p-1">Action</th>
                  <th className="p-1">Lines</th>
                </tr>
              </thead>
              <tbody>
                {p.entries.map((e) => {
                  const d = decisions[e.index] ?? {};
                  const off = d.skip || e.action === "same" || e.action === "duplicate-in-paste";
                  return (
                    <tr key={e.index} className={`border-b border-stone-200 align-top ${off ? "text-stone-500" : ""}`} data-entry={e.index}>
                      <td className="p-1">
                        <input
                          type="checkbox"
                          aria-label={`Import ${e.displayTitle}`}
                          checked={!off}
                          disabled={e.action === "same" || e.action === "duplicate-in-paste"}
                          onChange={(ev) => set(e.index, { skip: !ev.target.checked })}
                        />
                      </td>
                      <td className="p-1">
                        <input
                          aria-label={`Title of entry ${e.index + 1}`}
                          value={d.title ?? e.film.title ?? ""}
                          placeholder={e.displayTitle}
                          onChange={(ev) => set(e.index, { title: ev.target.value })}
                          className="w-56 rounded border border-stone-300 px-1"
                        />
                      </td>
                      <td className="p-1">{e.film.directors.join(", ")}</td>
                      <td className="p-1">{e.film.year ?? ""}</td>
                      <td className="p-1">
                        <input
                          aria-label={`Runtime of entry ${e.index + 1}`}
                          value={d.runtimeMinutes ?? e.film.runtimeMinutes?.toString() ?? ""}
                          onChange={(ev) => set(e.index, { runtimeMinutes: ev.target.value })}
                          className="w-16 rounded border border-stone-300 px-1"
                        />
                      </td>
                      <td className="p-1">
                        {e.film.flags.map((f) => (
                          <span key={f} className="mr-1 rounded bg-amber-100 px-1 text-amber-900">
                            {f}
                          </span>
                        ))}
                      </td>
                      <td className="p-1">
                        {e.action === "new" && "new"}
                        {e.action === "same" && (
                          <>
                            same as{" "}
                            <Link href={`/admin/films/${e.filmId}`} className="underline">
                              film {e.filmId}
                            </Link>
                          </>
                        )}
                        {e.action === "duplicate-in-paste" && `repeats entry ${(e.ofIndex ?? 0) + 1}`}
                        {e.action === "possible-duplicate" && (
                          <label>
                            possible duplicate of{" "}
                            <Link href={`/admin/films/${e.filmId}`} className="underline">
                              film {e.filmId}
                            </Link>
                            :{" "}
                            <select
                              value={d.duplicate ?? "merge"}
                              onChange={(ev) => set(e.index, { duplicate: ev.target.value as "merge" | "keep-both" })}
                              className="rounded border border-stone-300"
                            >
                              <option value="merge">merge</option>
                              <option value="keep-both">keep both</option>
                            </select>
                          </label>
                        )}
                      </td>
                      <td className="p-1 whitespace-nowrap">
                        <details>
                          <summary>
                            {e.sourceLines.from}–{e.sourceLines.to}
                          </summary>
                          <pre className="max-w-md whitespace-pre-wrap text-xs">{e.source}</pre>
                        </details>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div>
            <button
              type="button"
              className={buttonClass}
              disabled={commit.isPending}
              onClick={() => commit.mutate({ text, fileName, mapping, decisions: { mapping, entries: entryDecisions(p.entries) } })}
            >
              {commit.isPending ? "Importing…" : "Import"}
            </button>
          </div>
          {commit.isError && (
            <p role="alert" className="rounded bg-red-50 p-2 text-red-800">
              {errorOf(commit.error)}
            </p>
          )}
          {commit.data && (
            <p role="status" className="rounded bg-green-50 p-2" data-testid="import-result">
              Imported: {commit.data.created.length} films created, {commit.data.merged.length} merged.{" "}
              <Link href="/admin/films" className="underline">
                Open the catalogue
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
