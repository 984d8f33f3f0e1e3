import type { Translations } from "@/lib/types";
import { Field } from "./Field";

/**
 * A record's text in the edition's other languages (issue 17 §3): one box per language and
 * translatable field, named as the API names them (`translations.pt.title`), so a refusal shows
 * beside its box. An empty box: the public pages show the default language's text.
 */
export function TranslationsFieldset({
  locales,
  fields,
  values,
  errors,
}: {
  /** The edition's languages other than its default. */
  locales: string[];
  fields: { name: string; label: string; multiline?: boolean }[];
  values?: Translations;
  errors: Record<string, string | undefined>;
}) {
  if (locales.length === 0) return null;
  return (
    <fieldset className="grid gap-3 rounded border border-stone-300 p-3" data-translations="">
      <legend className="px-1 text-sm font-semibold">Translations</legend>
      {locales.map((l) => (
        <div key={l} className="grid gap-3 sm:grid-cols-2">
          {fields.map((f) => {
            const name = `translations.${l}.${f.name}`;
            return (
              <Field
                key={name}
                label={`${f.label} (${l})`}
                name={name}
                defaultValue={values?.[l]?.[f.name]}
                error={errors[name]}
                multiline={f.multiline}
              />
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
