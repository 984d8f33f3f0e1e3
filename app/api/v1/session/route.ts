import { clearedSessionCookie, isHttps, sessionCookie } from "@/server/cookies";
import { json, readJson, route, sessionToken } from "@/server/http";
import { signIn, signOut } from "@/server/services/accounts";

/** Sign in: 200 with an HttpOnly, SameSite=Lax session cookie; wrong credentials: 401. */
export const POST = route(async (req) => {
  const { token, user, expiresAt } = signIn(await readJson(req));
  return json({ user, expiresAt: expiresAt.toISOString() }, 200, { "set-cookie": sessionCookie(token, isHttps(req)) });
});

/** Sign out: ends the session and clears the cookie. */
export const DELETE = route(async (req) => {
  signOut(sessionToken(req));
  return json({ ok: true }, 200, { "set-cookie": clearedSessionCookie(isHttps(req)) });
});
