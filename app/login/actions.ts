"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeNextPath } from "@/lib/safe-next";
import { SESSION_COOKIE, SESSION_IDLE_MS } from "@/server/auth";
import { publicFormAction, withoutState } from "@/server/form-action";
import { formText } from "@/server/forms";
import { clientIp } from "@/server/http";
import { signIn, signOut, signOutEverywhere } from "@/server/services/accounts";

export const loginAction = publicFormAction(
  z.object({ email: formText, password: formText, next: formText }),
  async ({ email, password, next }) => {
    const h = await headers();
    const jar = await cookies();
    const session = await signIn({ email, password }, { ip: clientIp(h), previousToken: jar.get(SESSION_COOKIE)?.value });
    jar.set(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: h.get("x-forwarded-proto") === "https",
      maxAge: Math.floor(SESSION_IDLE_MS / 1000),
    });
    redirect(safeNextPath(next));
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
