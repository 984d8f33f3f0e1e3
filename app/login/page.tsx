import type { Metadata } from "next";
import { sameSitePath } from "@/lib/safe-next";
import { LoginForm } from "./LoginForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  // Only a path on this site is carried on to the sign-in action (which checks it again).
  const next = sameSitePath((await searchParams).next) ?? undefined;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-12">
      <h1 className="font-serif text-3xl font-bold">Sign in to Lineup</h1>
      <p className="mt-2 text-sm text-stone-700">For the festival&apos;s programmers. The public schedule needs no account.</p>
      <LoginForm next={next} />
    </main>
  );
}
