"use server";
/** The publish page's "publish ticket changes now": a status-only release (server/services/ticket-releases.ts). */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/server/form-action";
import { publishTicketsAndServe } from "@/server/services/ticket-releases";

export const publishTicketsAction = formAction(
  { may: "publish", in: "edition" },
  z.object({ edition: z.string() }),
  async ({ edition }, caller) => {
    const { version } = await publishTicketsAndServe(caller, edition);
    revalidatePath(`/admin/editions/${edition}`);
    redirect(`/admin/editions/${edition}/publish?published=${version}`);
  },
);
