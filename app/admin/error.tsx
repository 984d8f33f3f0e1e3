"use client";
import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "@/components/admin/Field";

/**
 * An unexpected failure in the programmers' area (a refusal of the caller is not one: it is
 * a 401/403 page; a missing record is a 404). The header and the navigation stay, so the
 * programmer can try again or go elsewhere; the reference finds the server's log line.
 */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="grid max-w-2xl gap-3" role="alert">
      <p className="font-serif text-6xl font-bold text-accent" aria-hidden="true">
        500
      </p>
      <h1 className="font-serif text-3xl font-bold">This page could not be shown</h1>
      <p>
        Something went wrong on our side while loading it. Unsaved changes in a form on this page were not sent; changes that were saved
        before are kept.
      </p>
      <p>Try again. If it keeps happening, tell your admin what you were doing and quote the reference below.</p>
      {error.digest && (
        <p className="text-sm text-stone-700">
          Reference: <code className="rounded bg-stone-100 px-1">{error.digest}</code>
        </p>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
        <button type="button" onClick={reset} className={buttonClass}>
          Try again
        </button>
        <Link href="/admin" className="underline underline-offset-2">
          Back to the editions
        </Link>
      </p>
    </div>
  );
}
