"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE, SESSION_IDLE_MS } from "@/server/auth";
import { type FormState, formError, formObject } from "@/server/forms";
import { signIn, signOut, signOutEverywhere } from "@/server/services/accounts";
import { currentActor } from "@/server/session";

function safeNext(next: string | undefined): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/admin";
}

export async function loginAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { email, password, next } = formObject(data);
  const h = await headers();
  const jar = await cookies();
  let session: ReturnType<typeof signIn>;
  try {
    const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || undefined;
    session = signIn({ email, password }, { ip, previousToken: jar.get(SESSION_COOKIE)?.value });
  } catch (e) {
    return formError(e);
  }
  jar.set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: h.get("x-forwarded-proto") === "https",
    maxAge: Math.floor(SESSION_IDLE_MS / 1000),
  });
  redirect(safeNext(next));
}

/** Ends every session of the signed-in user (all browsers), then this one. */
export async function logoutEverywhereAction(): Promise<void> {
  const jar = await cookies();
  try {
    signOutEverywhere(await currentActor());
  } catch {
    /* not signed in: nothing to end */
  }
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}

export async function logoutAction(): Promise<void> {
  const jar = await cookies();
  signOut(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}
