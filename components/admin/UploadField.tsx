"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { ApiError, api, errorText } from "@/components/api";
import { FormMessage, quietButtonClass } from "./Field";

/**
 * Sends a file (and text fields) to an upload route of /api/v1 as multipart/form-data, or removes
 * what is there; then reloads the page's data. The server decides what the file is (by content):
 * the size check here only spares a long upload that would be refused.
 */
export function useUpload(shown: string[]) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string; fields: Record<string, string> }>({
    ok: true,
    text: "",
    fields: {},
  });
  const send = (path: string, method: string, body: unknown, done: string) =>
    startTransition(async () => {
      try {
        await api(path, { method, body });
        setMessage({ ok: true, text: done, fields: {} });
        router.refresh();
      } catch (e) {
        // Field errors show beside their fields; the message above names the rest.
        const fields = e instanceof ApiError ? e.fields : {};
        const elsewhere = Object.entries(fields).filter(([k]) => !shown.includes(k));
        const text = e instanceof ApiError ? [e.message, ...elsewhere.map(([k, v]) => `${k}: ${v}`)].join("; ") : errorText(e);
        setMessage({ ok: false, text, fields });
      }
    });
  const refuse = (field: string, text: string) => setMessage({ ok: false, text, fields: { [field]: text } });
  return { pending, message, send, refuse };
}

/** A file input with its label, hint and error (the error's id is what aria-describedby names). */
export function FileInput({
  label,
  name,
  accept,
  hint,
  error,
}: {
  label: string;
  name: string;
  accept: string;
  hint: string;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={!!error}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="text-sm file:mr-3 file:rounded file:border file:border-stone-400 file:bg-white file:px-3 file:py-1.5 file:text-sm hover:file:bg-stone-100"
      />
      <span id={`${id}-hint`} className="text-xs text-stone-600">
        {hint}
      </span>
      {error && (
        <span id={`${id}-error`} className="text-sm text-red-700" data-field-error={name}>
          {error}
        </span>
      )}
    </div>
  );
}

export function UploadMessage({ message }: { message: { ok: boolean; text: string } }) {
  return <FormMessage ok={message.ok} message={message.text} />;
}

export function RemoveButton({ onRemove, pending, children }: { onRemove: () => void; pending: boolean; children: string }) {
  return (
    <button type="button" className={quietButtonClass} disabled={pending} onClick={onRemove}>
      {children}
    </button>
  );
}

/** "The image is 12.3 MB; at most 10 MB" for a file over `limit` bytes, else null (checked before sending). */
export function overLimit(what: string, bytes: number, limit: number): string | null {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
  return bytes > limit ? `The ${what} is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${mb(limit)} MB` : null;
}
