import { Labelled, Options } from "@/components/ui/FormControls";
import type { Programme } from "@/lib/programme";
import { filterOptions, type ProgrammeFilter } from "@/lib/programme-filter";
import { translator, wordingFor } from "@/server/i18n";

const asChoices = (values: string[]) => values.map((v) => ({ value: v, label: v }));

/**
 * A plain GET form: works without JavaScript, results are a shareable URL. The selects sit in a
 * wrapping row, each as wide as its longest choice (arrow included) or wider: they never
 * overlap or clip, whatever the width; on a phone they stack.
 */
export function FilterForm({ programme, filter, action }: { programme: Programme; filter: ProgrammeFilter; action: string }) {
  const o = filterOptions(programme);
  const t = translator(programme.locale);
  const w = wordingFor(programme.locale);
  const select = (name: keyof ProgrammeFilter, label: string, options: { value: string; label: string }[]) => (
    <Labelled label={label} className="min-w-fit flex-1 basis-56 text-sm">
      <select
        name={name}
        defaultValue={filter[name] ?? ""}
        className="w-full max-w-full rounded border border-stone-400 bg-white py-1.5 pr-8 pl-2"
        data-filter={name}
      >
        <option value="">{t("search.any")}</option>
        <Options options={options.map((x) => ({ value: x.value, label: x.label }))} />
      </select>
    </Labelled>
  );
  return (
    <search aria-label={t("search.filter")}>
      <form method="get" action={action} className="grid gap-3 rounded border border-stone-300 bg-white p-3">
        <Labelled label={t("search.q")} className="text-sm">
          <input type="search" name="q" defaultValue={filter.q ?? ""} className="w-full rounded border border-stone-400 px-2 py-1.5" />
        </Labelled>
        <div className="flex flex-wrap gap-3">
          {select(
            "day",
            t("search.day"),
            o.days.map((d) => ({ value: d.day, label: d.label })),
          )}
          {select(
            "venue",
            t("search.venue"),
            o.venues.map((v) => ({ value: v.slug, label: v.name })),
          )}
          {select(
            "time",
            t("search.time"),
            o.times.map((x) => ({ value: x.value, label: t(`search.${x.value}`) })),
          )}
          {o.sections.length > 0 && select("section", t("search.section"), asChoices(o.sections))}
          {select("genre", t("search.genre"), asChoices(o.genres))}
          {select("language", t("search.language"), asChoices(o.languages))}
          {o.subtitles.length > 0 && select("subtitles", t("search.subtitles"), asChoices(o.subtitles))}
          {o.access.length > 0 &&
            select(
              "access",
              t("search.access"),
              o.access.map((a) => ({ value: a.value, label: w.access[a.value] })),
            )}
          {o.formats.length > 0 && select("format", t("search.format"), asChoices(o.formats))}
          {o.ratings.length > 0 && select("rating", t("search.rating"), asChoices(o.ratings))}
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-accent px-4 py-1.5 font-semibold text-on-accent underline-offset-2 hover:underline">
            {t("search.show")}
          </button>
          <a href={action} className="text-sm underline">
            {t("search.clear")}
          </a>
        </div>
      </form>
    </search>
  );
}
