"use server";
/** Server actions for users and API tokens: a form schema and one service call each (server/form-action.ts). */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { done, formAction } from "@/server/form-action";
import { formBoolean, formId, formText } from "@/server/forms";
import { createApiToken, createUser, revokeApiToken, updateUser } from "@/server/services/accounts";

export const createUserAction = formAction(
  { may: "admin" },
  z.object({ email: formText, name: formText, password: formText, role: formText }),
  async (input, caller) => {
    const u = await createUser(caller, input);
    revalidatePath("/admin/users");
    return done(`Added ${u.email} as ${u.role}`);
  },
);

/** Only the fields the form filled in change: a role, disabled, a new password, a role in one edition. */
export const updateUserAction = formAction(
  { may: "admin" },
  z.object({ id: formId, role: formText, disabled: formBoolean, password: formText, edition: formText, editionRole: formText }),
  async ({ id, role, disabled, password, edition, editionRole }, caller) => {
    const u = await updateUser(caller, id, {
      ...(role ? { role } : {}),
      ...(disabled !== undefined ? { disabled } : {}),
      ...(password ? { password } : {}),
      ...(edition ? { editionRoles: { [edition]: editionRole || null } } : {}),
    });
    revalidatePath("/admin/users");
    return done(password ? `New password set for ${u.email}; their sessions were ended and their API tokens revoked` : `Saved ${u.email}`);
  },
);

export const createTokenAction = formAction(
  "signed-in",
  z.object({ name: formText, role: formText, expiresInDays: formText }),
  ({ name, role, expiresInDays }, caller) => {
    // The form offers a lifetime in days; the service takes the instant (default 90 days).
    const days = Number(expiresInDays);
    const expiresAt = Number.isInteger(days) && days > 0 ? new Date(Date.now() + days * 86_400_000).toISOString() : undefined;
    const t = createApiToken(caller, { name, role, ...(expiresAt ? { expiresAt } : {}) });
    revalidatePath("/admin/tokens");
    return done(
      `Token "${t.name}" created; it expires ${t.expiresAt.slice(0, 16).replace("T", " ")} UTC. Copy it now: it is not shown again.`,
      {
        token: t.token,
      },
    );
  },
);

export const revokeTokenAction = formAction("signed-in", z.object({ id: formId }), ({ id }, caller) => {
  revokeApiToken(caller, id);
  revalidatePath("/admin/tokens");
  revalidatePath("/admin/users");
  return done("Token revoked");
});
