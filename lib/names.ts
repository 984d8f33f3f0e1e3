/** How films, venues and screenings are named and addressed (slugs), everywhere the same. */

interface Nameable {
  title: string | null;
  directors: string[];
  year: number | null;
}

/** A URL-safe slug: lower case ASCII words joined by hyphens ("Ça ira!" -> "ca-ira"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

/** The film's title, or for an untitled entry "Untitled (Pedro Pinho, 2017)"; never an invented title. */
export function displayTitle(film: Nameable): string {
  if (film.title?.trim()) return film.title;
  const bits = [film.directors.join(", "), film.year ? String(film.year) : ""].filter(Boolean);
  return bits.length ? `Untitled (${bits.join(", ")})` : "Untitled";
}

/** The path segment of a film page: "12-salt-of-the-earth"; the leading id is what counts. */
export function filmSegment(film: Nameable & { id: number }): string {
  const s = slugify(displayTitle(film));
  return s ? `${film.id}-${s}` : String(film.id);
}

/** The id in a film path segment ("12-salt-of-the-earth" -> 12), or null. */
export function idFromSegment(segment: string): number | null {
  const m = /^(\d{1,9})(?:-|$)/.exec(segment);
  return m ? Number(m[1]) : null;
}

/** Titles of a programme joined for one line: "Modern Times + Metropolis". */
export function programmeTitle(films: Nameable[]): string {
  return films.map(displayTitle).join(" + ");
}
