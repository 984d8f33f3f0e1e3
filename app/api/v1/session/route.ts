import { clearedSessionCookie, isHttps, sessionCookie } from "@/server/cookies";
import { actorOf, clientIp, json, readJson, route, sessionToken } from "@/server/http";
import { signIn, signOut, signOutEverywhere } from "@/server/services/accounts";

/** Sign in: 200 with an HttpOnly, SameSite=Lax session cookie (a new token each time); wrong credentials: 401; too many tries: 429. */
export const POST = route(async (req) => {
  const { token, user, expiresAt } = await signIn(await readJson(req), { ip: clientIp(req), previousToken: sessionToken(req) });
  return json({ user, expiresAt: expiresAt.toISOString() }, 200, { "set-cookie": sessionCookie(token, isHttps(req)) });
});

/** Sign out: ends the session and clears the cookie. `?everywhere=true` ends every session of this user. */
export const DELETE = route(async (req) => {
  if (new URL(req.url).searchParams.get("everywhere") === "true") {
    const ended = signOutEverywhere(actorOf(req));
    return json({ ok: true, ended }, 200, { "set-cookie": clearedSessionCookie(isHttps(req)) });
  }
  signOut(sessionToken(req));
  return json({ ok: true }, 200, { "set-cookie": clearedSessionCookie(isHttps(req)) });
});
