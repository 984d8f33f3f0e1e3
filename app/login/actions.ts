"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE, SESSION_IDLE_MS } from "@/server/auth";
import { formError, formObject, type FormState } from "@/server/forms";
import { signIn, signOut } from "@/server/services/accounts";

function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/admin";
}

export async function loginAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { email, password, next } = formObject(data);
  let session;
  try {
    session = signIn({ email, password });
  } catch (e) {
    return formError(e);
  }
  const h = await headers();
  (await cookies()).set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: h.get("x-forwarded-proto") === "https",
    maxAge: Math.floor(SESSION_IDLE_MS / 1000),
  });
  redirect(safeNext(next));
}

export async function logoutAction(): Promise<void> {
  const jar = await cookies();
  signOut(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}
