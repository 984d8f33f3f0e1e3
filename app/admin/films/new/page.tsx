import type { Metadata } from "next";
import { FilmForm } from "@/components/admin/FilmForm";

export const metadata: Metadata = { title: "New film" };

export default function NewFilmPage() {
  return (
    <div className="grid max-w-3xl gap-4">
      <h1 className="font-serif text-3xl font-bold">New film</h1>
      <FilmForm />
    </div>
  );
}
