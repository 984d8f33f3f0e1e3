"use client";

import { useActionState } from "react";
import { createEditionAction, updateEditionAction } from "@/app/admin/actions";
import { keepTyped } from "@/components/ui/keep-typed";
import type { Edition } from "@/lib/types";
import { emptyFormState } from "@/server/form-state";
import { AccentColourField } from "./AccentColourField";
import { buttonClass, Field, FormMessage } from "./Field";
import { TranslationsFieldset } from "./TranslationsFieldset";

export function EditionForm({ edition, knownLocales = [] }: { edition?: Edition; knownLocales?: string[] }) {
  const [state, action, pending] = useActionState(edition ? updateEditionAction : createEditionAction, emptyFormState);
  const e = state.fields;
  return (
    <form
      action={action}
      onSubmit={keepTyped(action)}
      className="grid gap-4"
      noValidate
      aria-label={edition ? "Edition settings" : "New edition"}
    >
      {edition && <input type="hidden" name="currentSlug" value={edition.slug} />}
      {edition && <input type="hidden" name="version" value={edition.version} />}
      <FormMessage ok={state.ok} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" defaultValue={edition?.name} error={e.name} required />
        <Field
          label="Slug (in the public address)"
          name="slug"
          defaultValue={edition?.slug}
          error={e.slug}
          required
          hint="Lower case letters, digits and hyphens"
        />
        <Field label="First day" name="firstDay" type="date" defaultValue={edition?.firstDay} error={e.firstDay} required />
        <Field label="Last day" name="lastDay" type="date" defaultValue={edition?.lastDay} error={e.lastDay} required />
        <Field
          label="Time zone (IANA)"
          name="timeZone"
          defaultValue={edition?.timeZone ?? "Europe/Lisbon"}
          error={e.timeZone}
          required
          hint="e.g. Europe/Lisbon, America/New_York"
        />
        <Field
          label="Day-break"
          name="dayBreak"
          type="time"
          defaultValue={edition?.dayBreak ?? "06:00"}
          error={e.dayBreak}
          hint="Screenings before this local time belong to the previous festival day"
        />
        <AccentColourField defaultValue={edition?.accentColor} error={e.accentColor} />
        {edition && <EditionSiteFields edition={edition} knownLocales={knownLocales} errors={e} />}
      </div>
      {edition && (
        <TranslationsFieldset
          locales={edition.locales.filter((l) => l !== edition.defaultLocale)}
          fields={[{ name: "name", label: "Name" }]}
          values={edition.translations}
          errors={e}
        />
      )}
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Saving…" : edition ? "Save settings" : "Create edition"}
        </button>
      </div>
    </form>
  );
}

/** An existing edition's public site: its languages and the sites that may embed its listing. */
function EditionSiteFields({
  edition,
  knownLocales,
  errors: e,
}: {
  edition: Edition;
  knownLocales: string[];
  errors: Record<string, string>;
}) {
  return (
    <>
      <Field
        label="Languages of the public site"
        name="locales"
        defaultValue={edition.locales.join(", ")}
        error={e.locales}
        hint={`Empty: English only. Known: ${knownLocales.join(", ")} (one message file each)`}
      />
      <Field
        label="Default language"
        name="defaultLocale"
        defaultValue={edition.defaultLocale}
        error={e.defaultLocale}
        hint="At the public addresses without a language prefix; the others are under /{language}/schedule/"
      />
      <Field
        label="Sites that may embed the programme"
        name="embedOrigins"
        multiline
        defaultValue={edition.embedOrigins.join("\n")}
        error={Object.entries(e).find(([k]) => k.startsWith("embedOrigins"))?.[1]}
        hint={`One origin a line, e.g. https://festival.example: these sites may show /schedule/${edition.slug}/embed in an iframe`}
      />
    </>
  );
}
