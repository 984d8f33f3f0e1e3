import type { ProgrammeFilm } from "@/lib/programme";
import type { PlannerText } from "@/server/i18n-words";
import type { PlannerView } from "@/server/services/planner";

const input = "rounded border border-stone-500 bg-white px-2 py-1.5";

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

/** The wanted films as checkboxes (untick to drop one), each with its "must see" box, and a film to add. */
function WantedFilms({ films, view, T }: { films: ProgrammeFilm[]; view: PlannerView; T: PlannerText }) {
  const { asked, errors } = view;
  const wanted = [...new Set([...asked.must, ...asked.films])];
  const byId = new Map(films.map((f) => [f.id, f]));
  const titleOf = (id: number) => byId.get(id)?.displayTitle ?? T.film(id);
  // a list to add from only while the festival is small enough to list
  const others = films.length <= 400 ? films.filter((f) => !wanted.includes(f.id)) : [];
  return (
    <fieldset>
      <legend className="font-semibold">{T.wanted}</legend>
      {wanted.length === 0 && <p className="mt-1 text-sm text-stone-700">{T.noFilms}</p>}
      <ul className="mt-2 grid gap-2">
        {wanted.map((id) => (
          <li key={id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <label className="flex items-center gap-2">
              <input type="checkbox" name="films" value={id} defaultChecked className="size-5" />
              <span>{titleOf(id)}</span>
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="must"
                value={id}
                defaultChecked={asked.must.includes(id)}
                className="size-5"
                aria-label={`${T.mustSee}: ${titleOf(id)}`}
              />
              {T.mustSee}
            </label>
          </li>
        ))}
      </ul>
      <FieldError id="films-error" message={errors.films ?? errors.must} />
      {others.length > 0 && (
        <label className="mt-3 grid max-w-md gap-1 text-sm">
          {T.addFilm}
          <select name="films" defaultValue="" className={input}>
            <option value="">{T.addNone}</option>
            {others.map((f) => (
              <option key={f.id} value={f.id}>
                {f.displayTitle}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}

/** The hours the plan may use and the break between screenings. */
function Hours({ view, T }: { view: PlannerView; T: PlannerText }) {
  const { asked, errors } = view;
  return (
    <div className="flex flex-wrap items-start gap-4">
      <label className="grid gap-1 text-sm">
        {T.from}
        <input type="time" name="from" defaultValue={asked.from} className={input} aria-describedby="from-error" />
        <FieldError id="from-error" message={errors.from} />
      </label>
      <label className="grid gap-1 text-sm">
        {T.to}
        <input type="time" name="to" defaultValue={asked.to} className={input} aria-describedby="to-error" />
        <FieldError id="to-error" message={errors.to} />
      </label>
      <label className="grid gap-1 text-sm">
        {T.breakMinutes}
        <input
          type="number"
          name="breakMinutes"
          min={0}
          max={240}
          step={1}
          defaultValue={asked.breakMinutes}
          className={`${input} w-28`}
          aria-describedby="break-error"
        />
        <FieldError id="break-error" message={errors.breakMinutes} />
      </label>
    </div>
  );
}

/**
 * The planner's plain GET form: works without JavaScript, and its address is the plan to share.
 * The wanted films, the hours and the break, in the page's language (T).
 */
export function PlannerForm({ action, films, view, T }: { action: string; films: ProgrammeFilm[]; view: PlannerView; T: PlannerText }) {
  return (
    <form method="get" action={action} className="grid gap-4 rounded border border-stone-300 bg-white p-4" data-planner-form>
      <WantedFilms films={films} view={view} T={T} />
      <Hours view={view} T={T} />
      {view.kept && <input type="hidden" name="kept" value={view.kept} />}
      <div>
        <button type="submit" className="rounded bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700">
          {T.submit}
        </button>
      </div>
    </form>
  );
}
