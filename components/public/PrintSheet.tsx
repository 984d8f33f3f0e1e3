import type { PrintGroup, PrintOptions, PrintRow } from "@/lib/print-sheet";
import { printQuery } from "@/lib/print-sheet";
import { pageText } from "@/server/i18n-page";

/** The one size of a film's image the print asks for (the images helper serves /media/films/{key}/{width}.webp). */
const PRINT_IMAGE_WIDTH = 320;

/** The choices above the sheet (never printed): links, so they work without a script. */
export async function PrintChoices({ path, options, dayHref }: { path: string; options: PrintOptions; dayHref: string }) {
  const { t } = await pageText();
  const choice = (label: string, next: PrintOptions, current: boolean) =>
    current ? (
      <strong aria-current="page">{label}</strong>
    ) : (
      <a href={`${path}${printQuery(next)}`} className="underline">
        {label}
      </a>
    );
  return (
    <nav aria-label={t("print.choices")} className="no-print mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
      <a href={dayHref} className="underline">
        {t("print.back")}
      </a>
      <span>
        {t("print.groupBy")} {choice(t("print.byTime"), { ...options, by: "time" }, options.by === "time")} ·{" "}
        {choice(t("print.byVenue"), { ...options, by: "venue" }, options.by === "venue")}
      </span>
      <span>
        {t("print.images")} {choice(t("print.hide"), { ...options, images: false }, !options.images)} ·{" "}
        {choice(t("print.show"), { ...options, images: true }, options.images)}
      </span>
      <span>{t("print.a4")}</span>
    </nav>
  );
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

async function Programme({ row, images }: { row: PrintRow; images: boolean }) {
  const { t } = await pageText();
  return (
    <td className="print-programme">
      {images && <FilmImage row={row} />}
      {row.cancelled && <strong>{t("print.cancelled")} </strong>}
      <span className={row.cancelled ? "line-through" : "font-bold"} data-field="title">
        {row.title}
      </span>
      <span className="whitespace-nowrap"> · {row.runtime}</span>
      {row.availability && <strong className="whitespace-nowrap"> · {row.availability}</strong>}
      {row.isProgramme && (
        <div className="print-films">
          {row.films.map((f, i) => (
            <span key={f.id}>
              {i > 0 && " · "}
              <span className="italic">{f.title}</span>
              {f.credit && <> ({f.credit})</>}
            </span>
          ))}
        </div>
      )}
      {row.facts.length > 0 && <div>{row.facts.join(" · ")}</div>}
    </td>
  );
}

function Row({ row, venue, images }: { row: PrintRow; venue: boolean; images: boolean }) {
  return (
    <tr data-screening-id={row.id}>
      <td className="print-time">
        {row.startTime}
        <span className="block">{row.endTime}</span>
      </td>
      {venue && <td>{row.venue}</td>}
      <Programme row={row} images={images} />
    </tr>
  );
}

/**
 * The day's screenings. By time: one table, its column headings repeated at the top of every
 * printed page. By venue: a table per venue, its name repeated at the top of a page it continues on.
 */
export async function PrintTable({ groups, by, images }: { groups: PrintGroup[]; by: "time" | "venue"; images: boolean }) {
  const { t } = await pageText();
  if (by === "venue")
    return groups.map((g) => (
      <table key={g.key} className="print-table print-by-venue">
        <thead>
          <tr className="print-venue">
            <th colSpan={2} scope="colgroup">
              {g.heading}
            </th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map((r) => (
            <Row key={r.id} row={r} venue={false} images={images} />
          ))}
        </tbody>
      </table>
    ));
  return (
    <table className="print-table print-by-time">
      <thead>
        <tr className="print-columns">
          {[t("print.time"), t("print.venue"), t("print.programme")].map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.key} className="print-group">
          {g.rows.map((r) => (
            <Row key={r.id} row={r} venue={true} images={images} />
          ))}
        </tbody>
      ))}
    </table>
  );
}
