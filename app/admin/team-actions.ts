"use server";
/** Server actions for users and API tokens: form fields in, one service call, FormState out. */
import { revalidatePath } from "next/cache";
import { type FormState, formError, formObject } from "@/server/forms";
import { createApiToken, createUser, revokeApiToken, updateUser } from "@/server/services/accounts";
import { currentActor } from "@/server/session";

export async function createUserAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  try {
    const u = await createUser(await currentActor(), { email: f.email, name: f.name, password: f.password, role: f.role });
    revalidatePath("/admin/users");
    return { ok: true, message: `Added ${u.email} as ${u.role}`, fields: {} };
  } catch (e) {
    return formError(e);
  }
}

export async function updateUserAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  const patch: Record<string, unknown> = {};
  if (f.role) patch.role = f.role;
  if (f.disabled !== undefined) patch.disabled = f.disabled === "true";
  if (f.password) patch.password = f.password;
  if (f.edition) patch.editionRoles = { [f.edition]: f.editionRole || null };
  try {
    const u = await updateUser(await currentActor(), Number(f.id), patch);
    revalidatePath("/admin/users");
    return {
      ok: true,
      message: f.password ? `New password set for ${u.email}; their sessions were ended and their API tokens revoked` : `Saved ${u.email}`,
      fields: {},
    };
  } catch (e) {
    return formError(e);
  }
}

export async function createTokenAction(_prev: FormState, data: FormData): Promise<FormState> {
  const f = formObject(data);
  try {
    // The form offers a lifetime in days; the service takes the instant (default 90 days).
    const days = Number(f.expiresInDays);
    const expiresAt = Number.isInteger(days) && days > 0 ? new Date(Date.now() + days * 86_400_000).toISOString() : undefined;
    const t = createApiToken(await currentActor(), { name: f.name, role: f.role, ...(expiresAt ? { expiresAt } : {}) });
    revalidatePath("/admin/tokens");
    return {
      ok: true,
      message: `Token "${t.name}" created; it expires ${t.expiresAt.slice(0, 16).replace("T", " ")} UTC. Copy it now: it is not shown again.`,
      fields: {},
      details: { token: t.token },
    };
  } catch (e) {
    return formError(e);
  }
}

export async function revokeTokenAction(_prev: FormState, data: FormData): Promise<FormState> {
  try {
    revokeApiToken(await currentActor(), Number(formObject(data).id));
    revalidatePath("/admin/tokens");
    revalidatePath("/admin/users");
    return { ok: true, message: "Token revoked", fields: {} };
  } catch (e) {
    return formError(e);
  }
}
