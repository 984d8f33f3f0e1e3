"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { errorText } from "@/components/api";
import { importCommitOptions, importPreviewOptions } from "@/components/queries";
import type { ImportPreview } from "@/server/services/catalogue-import";
import { buttonClass, quietButtonClass } from "./Field";
import { submitWith } from "./format";
import { type Decision, decisionsFor, ImportEntries, MappingFields } from "./ImportPreview";

type Mapping = Record<string, string | null>;

/** Paste or upload -> preview (editable) -> import, all through POST /api/v1/films/import. */
export function ImportScreen() {
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Mapping | undefined>();
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const preview = useMutation({
    ...importPreviewOptions(),
    onSuccess: (p) => {
      setMapping(p.mapping ?? undefined);
      // a new text (or mapping) starts afresh; another page of the same keeps the choices made
      if (p.page.offset === 0) setDecisions({});
    },
  });
  const commit = useMutation(importCommitOptions());
  const p = preview.data;
  return (
    <div className="grid gap-4">
      <ImportSource
        text={text}
        onText={(t, name) => {
          setText(t);
          setFileName(name);
        }}
        reading={preview.isPending}
        error={preview.isError ? errorText(preview.error, ": ") : null}
        onTooBig={() => preview.reset()}
        onPreview={() => {
          commit.reset();
          preview.mutate({ text, fileName });
        }}
      />
      {p && (
        <section aria-labelledby="preview-h" className="grid gap-3">
          <PreviewSummary preview={p} />
          {mapping && (
            <MappingFields mapping={mapping} onChange={setMapping} onReread={() => preview.mutate({ text, fileName, mapping })} />
          )}
          <ImportEntries entries={p.entries} decisions={decisions} onDecide={setDecisions} />
          <PreviewPages page={p.page} busy={preview.isPending} onPage={(offset) => preview.mutate({ text, fileName, mapping, offset })} />
          <div>
            <button
              type="button"
              className={buttonClass}
              disabled={commit.isPending}
              onClick={() => commit.mutate({ text, fileName, mapping, decisions: { mapping, entries: decisionsFor(decisions) } })}
            >
              {commit.isPending ? "Importing…" : "Import"}
            </button>
          </div>
          {commit.isError && (
            <p role="alert" className="rounded bg-red-50 p-2 text-red-800">
              {errorText(commit.error, ": ")}
            </p>
          )}
          {commit.data && (
            <p role="status" className="rounded bg-green-50 p-2" data-testid="import-result">
              Imported: {commit.data.summary.created} films created, {commit.data.summary.merged} merged.{" "}
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

/** A file's text: UTF-8 if it is valid UTF-8, else Windows-1252 (old archive exports), without a byte-order mark. */
async function fileText(file: File): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    decoded = new TextDecoder("windows-1252").decode(buf);
  }
  return decoded.replace(/^\uFEFF/, "");
}

/** The text to read: pasted, or a file uploaded (up to 5 MB). */
function ImportSource({
  text,
  onText,
  reading,
  error,
  onTooBig,
  onPreview,
}: {
  text: string;
  onText: (text: string, fileName: string | undefined) => void;
  reading: boolean;
  error: string | null;
  onTooBig: () => void;
  onPreview: () => void;
}) {
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 5_000_000) {
      onTooBig();
      alert(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; imports are limited to 5 MB. Split it into smaller files.`);
      return;
    }
    onText(await fileText(file), file.name);
  };
  return (
    <form aria-label="Text to import" className="grid gap-2" onSubmit={submitWith(onPreview)}>
      <label htmlFor="import-text" className="font-medium">
        Paste here
      </label>
      <textarea
        id="import-text"
        value={text}
        onChange={(e) => onText(e.target.value, undefined)}
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
        <button type="submit" className={buttonClass} disabled={!text.trim() || reading}>
          {reading ? "Reading…" : "Preview"}
        </button>
      </div>
      {error !== null && (
        <p role="alert" className="rounded bg-red-50 p-2 text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}

/** How many entries were read and what will happen to them; the reader's notes. */
function PreviewSummary({ preview: p }: { preview: ImportPreview }) {
  return (
    <>
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
      {p.warningsTotal > p.warnings.length && (
        <p className="text-sm text-amber-900">…and {p.warningsTotal - p.warnings.length} more notes.</p>
      )}
    </>
  );
}

/** Which entries of the preview are shown, with the previous and next pages (large imports). */
function PreviewPages({ page, busy, onPage }: { page: ImportPreview["page"]; busy: boolean; onPage: (offset: number) => void }) {
  if (page.total <= page.limit) return null;
  return (
    <nav aria-label="Preview pages" className="flex items-center gap-3 text-sm">
      <span data-testid="import-page">
        Entries {page.offset + 1}–{Math.min(page.offset + page.limit, page.total)} of {page.total}
      </span>
      <button
        type="button"
        className={quietButtonClass}
        disabled={page.offset === 0 || busy}
        onClick={() => onPage(Math.max(0, page.offset - page.limit))}
      >
        Previous
      </button>
      <button
        type="button"
        className={quietButtonClass}
        disabled={page.offset + page.limit >= page.total || busy}
        onClick={() => onPage(page.offset + page.limit)}
      >
        Next
      </button>
    </nav>
  );
}
