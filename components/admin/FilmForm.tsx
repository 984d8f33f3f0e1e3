"use client";

import { useActionState } from "react";
import { createFilmAction, deleteFilmAction, updateFilmAction } from "@/app/admin/actions";
import { keepTyped } from "@/components/ui/keep-typed";
import type { Film } from "@/lib/types";
import { emptyFormState } from "@/server/form-state";
import { buttonClass, Field, FormMessage, quietButtonClass } from "./Field";
import { TranslationsFieldset } from "./TranslationsFieldset";

/** The film form: one zod schema on the server, field errors next to the fields. */
/** A film's text in other languages (issue 17 §3). */
const FILM_TEXTS = [
  { name: "title", label: "Title" },
  { name: "synopsis", label: "Synopsis", multiline: true },
];

export function FilmForm({ film, languages = [] }: { film?: Film; languages?: string[] }) {
  const [state, action, pending] = useActionState(film ? updateFilmAction : createFilmAction, emptyFormState);
  const [delState, delAction, deleting] = useActionState(deleteFilmAction, emptyFormState);
  const e = state.fields;
  const list = (v: string[] | undefined) => (v ?? []).join(", ");
  return (
    <div className="grid gap-6">
      <form action={action} onSubmit={keepTyped(action)} className="grid gap-4" noValidate aria-label={film ? "Edit film" : "New film"}>
        {film && <input type="hidden" name="id" value={film.id} />}
        {film && <input type="hidden" name="version" value={film.version} />}
        <FormMessage ok={state.ok} message={state.message} />
        {state.code === "stale_version" && film && (
          <p className="flex flex-wrap gap-3 text-sm">
            <a href={`/admin/films/${film.id}`} className="underline">
              Reload the current version
            </a>
            <button
              type="submit"
              name="version"
              value={String((state.details?.current as { version?: number } | undefined)?.version ?? film.version)}
              className="underline"
            >
              Reapply my changes to it
            </button>
          </p>
        )}
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <Field
            label="Title"
            name="title"
            defaultValue={film?.title}
            error={e.title}
            hint="A title or a runtime is needed; a film without a title is flagged."
          />
          <Field label="Original title" name="originalTitle" defaultValue={film?.originalTitle} error={e.originalTitle} />
          <Field label="Year" name="year" defaultValue={film?.year} error={e.year} inputProps={{ inputMode: "numeric" }} />
          <Field
            label="Runtime"
            name="runtimeMinutes"
            defaultValue={film?.runtimeMinutes}
            error={e.runtimeMinutes}
            hint={`Minutes, or as written: "1 hr 22 min", "1:27", "135'"`}
          />
          <Field label="Directors" name="directors" defaultValue={list(film?.directors)} error={e.directors} hint="Comma separated" />
          <Field label="Cast" name="cast" defaultValue={list(film?.cast)} error={e.cast} hint="Comma separated" />
          <Field label="Countries" name="countries" defaultValue={list(film?.countries)} error={e.countries} />
          <Field label="Languages" name="languages" defaultValue={list(film?.languages)} error={e.languages} />
          <Field label="Subtitles" name="subtitles" defaultValue={film?.subtitles} error={e.subtitles} />
          <Field label="Genre or section" name="genre" defaultValue={film?.genre} error={e.genre} />
        </div>
        {!film && <PlaceholderBox />}
        <Field label="Synopsis" name="synopsis" defaultValue={film?.synopsis} error={e.synopsis} multiline />
        <TranslationsFieldset locales={languages} fields={FILM_TEXTS} values={film?.translations} errors={e} />
        <Field
          label="Internal notes (never public)"
          name="internalNotes"
          defaultValue={film?.internalNotes}
          error={e.internalNotes}
          multiline
        />
        <div>
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? "Saving…" : film ? "Save film" : "Add film"}
          </button>
        </div>
      </form>
      {film && (
        <form action={delAction} className="grid gap-2 border-t border-stone-300 pt-4">
          <input type="hidden" name="id" value={film.id} />
          <FormMessage ok={delState.ok} message={delState.message} />
          <div>
            <button type="submit" className={quietButtonClass} disabled={deleting}>
              Delete film
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** The one way to keep a film without a title and a runtime (lib/film-entry). */
function PlaceholderBox() {
  return (
    <div className="flex items-start gap-2 text-sm">
      <input id="f-placeholder" type="checkbox" name="placeholder" value="true" className="mt-1" aria-describedby="f-placeholder-hint" />
      <div>
        <label htmlFor="f-placeholder" className="font-medium">
          Save as a placeholder
        </label>
        <p id="f-placeholder-hint" className="text-stone-700">
          Keep this film even without a title and a runtime, to fill in later.
        </p>
      </div>
    </div>
  );
}
