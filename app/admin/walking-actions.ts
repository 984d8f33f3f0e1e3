"use server";
/** The edition page's walking-minutes matrix (issue 17): one box per pair of venues, saved together. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { WalkBox } from "@/lib/walking";
import { done, formAction } from "@/server/form-action";
import { putWalkingMatrix } from "@/server/services/walking";
import { MAX_WALKING_MINUTES } from "@/server/walking-schemas";

/** A box `walk-{fromVenueId}-{toVenueId}`: whole minutes, or empty for unknown. */
const BOX = /^walk-([1-9]\d{0,8})-([1-9]\d{0,8})$/;

const walkingForm = z
  .object({ edition: z.string() })
  .catchall(z.string())
  .transform((form, ctx) => {
    const boxes: WalkBox[] = [];
    for (const [key, value] of Object.entries(form)) {
      const m = BOX.exec(key);
      if (!m) continue;
      const text = value.trim();
      const minutes = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
      if (text !== "" && !(minutes <= MAX_WALKING_MINUTES))
        ctx.addIssue({ code: "custom", path: [key], message: `must be whole minutes from 0 to ${MAX_WALKING_MINUTES}, or empty` });
      boxes.push({ fromVenueId: Number(m[1]), toVenueId: Number(m[2]), minutes: text === "" ? null : minutes });
    }
    return { edition: form.edition, boxes };
  });

export const saveWalkingMinutesAction = formAction({ may: "edit", in: "edition" }, walkingForm, ({ edition, boxes }, caller) => {
  const { minutes } = putWalkingMatrix(caller, edition, boxes);
  revalidatePath(`/admin/editions/${edition}`);
  return done(`Walking minutes saved (${minutes.length} pair${minutes.length === 1 ? "" : "s"})`);
});
