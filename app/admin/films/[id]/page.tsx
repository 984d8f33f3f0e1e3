import type { Metadata } from "next";
import { FilmFlags } from "@/components/admin/FilmFlags";
import { FilmForm } from "@/components/admin/FilmForm";
import { FilmImageField } from "@/components/admin/FilmImageField";
import { BASE_LOCALE } from "@/lib/i18n";
import { displayTitle } from "@/lib/names";
import { knownLocales } from "@/server/i18n";
import { pageData, type RouteProps } from "@/server/page-data";
import { getFilm } from "@/server/services/films";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Film" };

export default async function FilmPage({ params, searchParams }: RouteProps<{ id: string }, { saved?: string }>) {
  const { id } = await params;
  const { saved } = await searchParams;
  const actor = await requireSignedIn("/admin");
  const film = pageData(() => getFilm(actor, Number(id)));
  return (
    <div className="grid max-w-3xl gap-4">
      <h1 className="font-serif text-3xl font-bold">{displayTitle(film)}</h1>
      {film.flags.length > 0 && (
        <p className="text-sm">
          Flags: <FilmFlags flags={film.flags} />
        </p>
      )}
      {saved && (
        <p role="status" className="rounded bg-green-50 p-2 text-sm">
          Film saved.
        </p>
      )}
      <FilmImageField film={film} />
      <FilmForm key={film.version} film={film} languages={knownLocales().filter((l) => l !== BASE_LOCALE)} />
    </div>
  );
}
