import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilmForm } from "@/components/admin/FilmForm";
import { displayTitle } from "@/lib/names";
import { ServiceError } from "@/server/errors";
import { getFilm } from "@/server/services/films";
import { currentActor } from "@/server/session";

export const metadata: Metadata = { title: "Film" };

export default async function FilmPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const { saved } = await searchParams;
  const actor = await currentActor();
  let film: ReturnType<typeof getFilm>;
  try {
    film = getFilm(actor, Number(id));
  } catch (e) {
    if (e instanceof ServiceError && (e.code === "not_found" || e.code === "bad_request")) notFound();
    throw e;
  }
  return (
    <div className="grid max-w-3xl gap-4">
      <h1 className="font-serif text-3xl font-bold">{displayTitle(film)}</h1>
      {film.flags.length > 0 && (
        <p className="text-sm">
          Flags:{" "}
          {film.flags.map((f) => (
            <span key={f} className="mr-1 rounded bg-amber-100 px-1.5 text-amber-900">
              {f}
            </span>
          ))}
        </p>
      )}
      {saved && (
        <p role="status" className="rounded bg-green-50 p-2 text-sm">
          Film saved.
        </p>
      )}
      <FilmForm key={film.version} film={film} />
    </div>
  );
}
