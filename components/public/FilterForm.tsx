import { Labelled, Options } from "@/components/ui/FormControls";
import type { Programme } from "@/lib/programme";
import { filterOptions, type ProgrammeFilter } from "@/lib/programme-filter";

/** A plain GET form: works without JavaScript, results are a shareable URL. */
export function FilterForm({ programme, filter, action }: { programme: Programme; filter: ProgrammeFilter; action: string }) {
  const o = filterOptions(programme);
  const select = (name: keyof ProgrammeFilter, label: string, options: { value: string; label: string }[]) => (
    <Labelled label={label} className="text-sm">
      <select name={name} defaultValue={filter[name] ?? ""} className="rounded border border-stone-400 bg-white px-2 py-1.5">
        <option value="">Any</option>
        <Options options={options.map((x) => ({ value: x.value, label: x.label }))} />
      </select>
    </Labelled>
  );
  return (
    <search aria-label="Filter the programme">
      <form method="get" action={action} className="grid gap-3 rounded border border-stone-300 bg-white p-3 sm:grid-cols-3 lg:grid-cols-7">
        <Labelled label="Title or director" className="text-sm sm:col-span-3 lg:col-span-2">
          <input type="search" name="q" defaultValue={filter.q ?? ""} className="rounded border border-stone-400 px-2 py-1.5" />
        </Labelled>
        {select(
          "day",
          "Day",
          o.days.map((d) => ({ value: d.day, label: d.label })),
        )}
        {select(
          "venue",
          "Venue",
          o.venues.map((v) => ({ value: v.slug, label: v.name })),
        )}
        {select(
          "time",
          "Time of day",
          o.times.map((t) => ({ value: t.value, label: t.label })),
        )}
        {select(
          "genre",
          "Section",
          o.genres.map((g) => ({ value: g, label: g })),
        )}
        {select(
          "language",
          "Language",
          o.languages.map((l) => ({ value: l, label: l })),
        )}
        <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-7">
          <button type="submit" className="rounded bg-accent px-4 py-1.5 font-semibold text-on-accent underline-offset-2 hover:underline">
            Show screenings
          </button>
          <a href={action} className="text-sm underline">
            Clear
          </a>
        </div>
      </form>
    </search>
  );
}
