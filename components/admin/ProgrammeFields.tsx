"use client";

import { Labelled } from "@/components/ui/FormControls";
import type { DetailsDraft, SetDraft } from "./screening-draft";
import { boxClass, FieldError, legendClass, partClass } from "./screening-field-bits";

/** The programme's title and description in one of the edition's other languages (`translations.pt.title`). */
function TranslatedProgramme({
  locale,
  draft,
  set,
  fields,
}: {
  locale: string;
  draft: DetailsDraft;
  set: SetDraft;
  fields: Record<string, string>;
}) {
  const texts = draft.translations[locale] ?? {};
  const change = (field: "title" | "description", value: string) =>
    set({ translations: { ...draft.translations, [locale]: { ...texts, [field]: value } } });
  const error = (field: string) => fields[`translations.${locale}.${field}`];
  return (
    <div className="grid gap-2 sm:grid-cols-2" data-translation={locale}>
      <Labelled label={`Title (${locale})`}>
        <input
          name={`translations.${locale}.title`}
          value={texts.title ?? ""}
          onChange={(e) => change("title", e.target.value)}
          className={boxClass}
          aria-invalid={!!error("title")}
        />
        <FieldError error={error("title")} />
      </Labelled>
      <Labelled label={`Description (${locale})`}>
        <textarea
          name={`translations.${locale}.description`}
          value={texts.description ?? ""}
          onChange={(e) => change("description", e.target.value)}
          rows={2}
          className={boxClass}
          aria-invalid={!!error("description")}
        />
        <FieldError error={error("description")} />
      </Labelled>
    </div>
  );
}

/**
 * A programme's name and description: shown instead of the films' joined titles when set; with
 * a box for each of the edition's other languages (empty: the public pages show the default's).
 */
export function ProgrammeFields({
  draft,
  set,
  fields,
  locales = [],
}: {
  draft: DetailsDraft;
  set: SetDraft;
  fields: Record<string, string>;
  locales?: string[];
}) {
  return (
    <fieldset className={partClass}>
      <legend className={legendClass}>Programme</legend>
      <Labelled label="Programme title (optional: shown instead of the films' titles)">
        <input
          name="title"
          value={draft.title}
          onChange={(e) => set({ title: e.target.value })}
          className={boxClass}
          placeholder="e.g. Shorts: Work and Hands"
          aria-invalid={!!fields.title}
        />
        <FieldError error={fields.title} />
      </Labelled>
      <Labelled label="Description">
        <textarea
          name="description"
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
          rows={3}
          className={boxClass}
          aria-invalid={!!fields.description}
        />
        <FieldError error={fields.description} />
      </Labelled>
      {locales.map((l) => (
        <TranslatedProgramme key={l} locale={l} draft={draft} set={set} fields={fields} />
      ))}
    </fieldset>
  );
}
