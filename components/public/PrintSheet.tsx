import type { LegendItem, PrintGroup, PrintOptions, PrintRow } from "@/lib/print-sheet";
import { printQuery } from "@/lib/print-sheet";

/** The one size of a film's image the print asks for (the images helper serves /media/films/{key}/{width}.webp). */
const PRINT_IMAGE_WIDTH = 320;

/** The choices above the sheet (never printed): links, so they work without a script. */
export function PrintChoices({ path, options, dayHref }: { path: string; options: PrintOptions; dayHref: string }) {
  const choice = (label: string, next: PrintOptions, current: boolean) =>
    current ? (
      <strong aria-current="page">{label}</strong>
    ) : (
      <a href={`${path}${printQuery(next)}`} className="underline">
        {label}
      </a>
    );
  return (
    <nav aria-label="Print choices" className="no-print mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
      <a href={dayHref} className="underline">
        Back to the day
      </a>
      <span>
        Group by: {choice("time", { ...options, by: "time" }, options.by === "time")} ·{" "}
        {choice("venue", { ...options, by: "venue" }, options.by === "venue")}
      </span>
      <span>
        Images: {choice("hide", { ...options, images: false }, !options.images)} ·{" "}
        {choice("show", { ...options, images: true }, options.images)}
      </span>
      <span>Print this page on A4.</span>
    </nav>
  );
}

/** The heading repeated at the top of every printed page (a table header repeats on each page). */
function SheetHeading({ festival, day, legend, release, colSpan }: SheetHeadingProps & { colSpan: number }) {
  return (
    <tr className="print-heading">
      <th colSpan={colSpan}>
        <div className="flex items-baseline justify-between gap-4">
          <span className="font-serif text-[14pt] font-bold">{festival}</span>
          <span className="text-[12pt] font-semibold">{day}</span>
        </div>
        <div className="flex flex-wrap justify-between gap-x-4 font-normal">
          <span>
            {legend.map((l) => (
              <span key={l.mark} className="mr-3">
                {l.mark} {l.text}
              </span>
            ))}
          </span>
          <span>{release}</span>
        </div>
      </th>
    </tr>
  );
}

interface SheetHeadingProps {
  festival: string;
  day: string;
  legend: LegendItem[];
  release: React.ReactNode;
}

function FilmImage({ row }: { row: PrintRow }) {
  const image = row.films.find((f) => f.image)?.image;
  if (!image) return null;
  return (
    // biome-ignore lint/performance/noImgElement: a printed page: one small fixed size, loaded at once for the printer
    <img
      src={`/media/films/${encodeURIComponent(image.key)}/${PRINT_IMAGE_WIDTH}.webp`}
      alt={image.alt}
      width={image.width}
      height={image.height}
      className="print-image"
    />
  );
}

function Programme({ row, images }: { row: PrintRow; images: boolean }) {
  return (
    <td className="print-programme">
      {images && <FilmImage row={row} />}
      {row.cancelled && <strong>CANCELLED </strong>}
      <span className={row.cancelled ? "line-through" : "font-bold"} data-field="title">
        {row.title}
      </span>
      {row.availability && <strong className="print-availability"> · {row.availability}</strong>}
      {row.isProgramme && (
        <ul className="print-films">
          {row.films.map((f) => (
            <li key={f.id}>
              <span className="italic">{f.title}</span>
              {f.credit && <> ({f.credit})</>}
            </li>
          ))}
        </ul>
      )}
      {row.facts.length > 0 && <div>{row.facts.join(" · ")}</div>}
    </td>
  );
}

export function PrintTable({
  groups,
  by,
  images,
  ...heading
}: SheetHeadingProps & { groups: PrintGroup[]; by: "time" | "venue"; images: boolean }) {
  const columns = by === "time" ? ["Time", "Venue", "Programme", "Runtime"] : ["Time", "Programme", "Runtime"];
  return (
    <table className={`print-table print-by-${by}`}>
      <thead>
        <SheetHeading {...heading} colSpan={columns.length} />
        <tr className="print-columns">
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.key} className="print-group">
          {by === "venue" && (
            <tr className="print-venue">
              <th colSpan={columns.length} scope="colgroup">
                {g.heading}
              </th>
            </tr>
          )}
          {g.rows.map((r) => (
            <tr key={r.id} data-screening-id={r.id}>
              <td className="whitespace-nowrap tabular-nums font-semibold">{r.time}</td>
              {by === "time" && <td>{r.venue}</td>}
              <Programme row={r} images={images} />
              <td className="whitespace-nowrap">{r.runtime}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
