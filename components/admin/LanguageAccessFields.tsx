"use client";

import { useQueries } from "@tanstack/react-query";
import { filmOptions } from "@/components/queries";
import { Labelled, Options } from "@/components/ui/FormControls";
import { screeningLanguages, screeningSubtitles } from "@/lib/screening-facts";
import { ACCESS_WORDS } from "@/lib/screening-words";
import { ACCESSIBILITY, type Accessibility, SCREENING_FORMATS } from "@/lib/types";
import type { DetailsDraft, SetDraft } from "./screening-draft";
import { boxClass, FieldError, legendClass, partClass } from "./screening-field-bits";

/** The marks a screening sets (step-free is the venue's). */
const MARKS = ACCESSIBILITY.filter((a) => a !== "step-free");

interface Props {
  draft: DetailsDraft;
  set: SetDraft;
  fields: Record<string, string>;
  /** The chosen films, whose languages and subtitles apply unless the screening says otherwise. */
  filmIds: number[];
  stepFree: boolean;
}

/** Spoken languages and subtitles (the films' own unless typed), access marks and the projection format. */
export function LanguageAccessFields({ draft, set, fields, filmIds, stepFree }: Props) {
  const films = useQueries({ queries: filmIds.map(filmOptions) }).flatMap((q) => (q.data ? [q.data] : []));
  const own = { languages: null, subtitles: null };
  const languages = screeningLanguages(own, films).join(", ");
  const subtitles = screeningSubtitles(own, films);
  const toggle = (mark: Accessibility, on: boolean) =>
    set({ accessibility: on ? [...draft.accessibility, mark] : draft.accessibility.filter((a) => a !== mark) });
  return (
    <fieldset className={partClass}>
      <legend className={legendClass}>Language and access</legend>
      <Labelled label="Spoken languages (empty: the films' own)">
        <input
          name="languages"
          value={draft.languages}
          onChange={(e) => set({ languages: e.target.value })}
          className={boxClass}
          placeholder={languages || "none given"}
          aria-invalid={!!fields.languages}
        />
        <FieldError error={fields.languages ?? fields["languages.0"]} />
      </Labelled>
      <Labelled label="Subtitles (empty: the films' own)">
        <input
          name="subtitles"
          value={draft.subtitles}
          onChange={(e) => set({ subtitles: e.target.value })}
          className={boxClass}
          placeholder={subtitles ?? "none"}
          aria-invalid={!!fields.subtitles}
        />
        <FieldError error={fields.subtitles} />
      </Labelled>
      <fieldset className="grid gap-1">
        <legend className="font-medium">Access</legend>
        {MARKS.map((mark) => (
          <label key={mark} className="flex items-center gap-2">
            <input type="checkbox" checked={draft.accessibility.includes(mark)} onChange={(e) => toggle(mark, e.target.checked)} />
            {ACCESS_WORDS[mark]}
          </label>
        ))}
        <p className="text-stone-700">
          {stepFree ? "Step-free access: marked from the venue." : "The venue is not marked step-free (set it on the venue)."}
        </p>
      </fieldset>
      <Labelled label="Format">
        <select
          name="format"
          value={draft.format}
          onChange={(e) => set({ format: SCREENING_FORMATS.find((f) => f === e.target.value) ?? "" })}
          className={boxClass}
        >
          <option value="">(not given)</option>
          <Options options={SCREENING_FORMATS} />
        </select>
        <FieldError error={fields.format} />
      </Labelled>
    </fieldset>
  );
}
