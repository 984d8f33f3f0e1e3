"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SESSION_COOKIE, SESSION_IDLE_MS } from "@/server/auth";
import { publicFormAction, withoutState } from "@/server/form-action";
import { formText } from "@/server/forms";
import { signIn, signOut, signOutEverywhere } from "@/server/services/accounts";

function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/admin";
}

export const loginAction = publicFormAction(
  z.object({ email: formText, password: formText, next: formText }),
  async ({ email, password, next }) => {
    const h = await headers();
    const jar = await cookies();
    const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || undefined;
    const session = signIn({ email, password }, { ip, previousToken: jar.get(SESSION_COOKIE)?.value });
    jar.set(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: h.get("x-forwarded-proto") === "https",
      maxAge: Math.floor(SESSION_IDLE_MS / 1000),
    });
    redirect(safeNext(next));
  },
);

/** Ends every session of the signed-in user (all browsers), then this one. */
export const logoutEverywhereAction = withoutState(
  publicFormAction(z.object({}), async (_input, caller) => {
    if (caller) signOutEverywhere(caller);
    (await cookies()).delete(SESSION_COOKIE);
    redirect("/login");
  }),
);

export const logoutAction = withoutState(
  publicFormAction(z.object({}), async () => {
    const jar = await cookies();
    signOut(jar.get(SESSION_COOKIE)?.value);
    jar.delete(SESSION_COOKIE);
    redirect("/login");
  }),
);
