/**
 * The caller of a server component or server action, from the session cookie.
 * (Route handlers use server/http.ts, which reads the same cookie from the Request.)
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type Actor, SESSION_COOKIE, type User } from "./auth";
import { userOfToken } from "./services/accounts";

export async function currentActor(): Promise<Actor> {
  const jar = await cookies();
  return userOfToken(jar.get(SESSION_COOKIE)?.value);
}

/**
 * For pages of the programmers' area: the signed-in user, or a redirect to the login page.
 * Pages call it as well as the layout (they render in parallel): a signed-out visit is then a
 * redirect everywhere, never a refusal thrown (and logged) by the page's service call.
 */
export async function requireSignedIn(next?: string): Promise<User> {
  const actor = await currentActor();
  if (!actor) redirect(`/login${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  return actor;
}
