"use server";
/** The edition page's walking-minutes matrix (issue 17): one box per pair of venues, saved together. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { WalkBox } from "@/lib/walking";
import { done, formAction } from "@/server/form-action";
import { putWalkingMatrix } from "@/server/services/walking";

/** A box `walk-{fromVenueId}-{toVenueId}` (lib/walking boxName): whole minutes, or empty for unknown. */
const BOX = /^walk-([1-9]\d{0,8})-([1-9]\d{0,8})$/;

/** Every box of the form; the service refuses a box that is not whole minutes, naming its two venues. */
const walkingForm = z
  .object({ edition: z.string() })
  .catchall(z.string())
  .transform((form) => {
    const boxes: WalkBox[] = [];
    for (const [key, value] of Object.entries(form)) {
      const m = BOX.exec(key);
      const text = value.trim();
      if (m) boxes.push({ fromVenueId: Number(m[1]), toVenueId: Number(m[2]), minutes: text === "" ? null : Number(text) });
    }
    return { edition: form.edition, boxes };
  });

export const saveWalkingMinutesAction = formAction({ may: "edit", in: "edition" }, walkingForm, ({ edition, boxes }, caller) => {
  const { minutes } = putWalkingMatrix(caller, edition, boxes);
  revalidatePath(`/admin/editions/${edition}`);
  return done(`Walking minutes saved (${minutes.length} pair${minutes.length === 1 ? "" : "s"})`);
});
