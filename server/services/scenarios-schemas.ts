/** The inputs of the scenario routes (issue 16), checked after the caller is authorised. */
import { z } from "zod";
import { id, LIMITS, requiredLine } from "@/server/schema-fields";

const scenarioVersion = z
  .number({ error: "must be the scenario's version number (GET .../scenarios lists it)" })
  .int({ error: "must be the scenario's version number (GET .../scenarios lists it)" })
  .positive({ error: "must be the scenario's version number (GET .../scenarios lists it)" });

/** Where a new scenario's lineup comes from: a copy of the working lineup, nothing, or a copy of another scenario. */
const from = z.union([z.literal("current"), z.literal("empty"), id], {
  error: 'must be "current", "empty" or the id of one of this edition\'s scenarios',
});

export const scenarioInput = z.strictObject(
  { name: requiredLine(LIMITS.shortText, "is required: name the scenario"), from: from.default("current") },
  { error: "unknown field" },
);

export const scenarioPatch = z.strictObject({ name: requiredLine(LIMITS.shortText), version: scenarioVersion }, { error: "unknown field" });

export const promoteInput = z.strictObject({ version: scenarioVersion }, { error: "unknown field" });

/** `?with=current|{id}` of a comparison: the working lineup or another scenario. */
export const compareQuery = z.object({
  with: z
    .union([z.literal("current"), z.string().regex(/^[1-9]\d{0,15}$/, { error: 'must be "current" or a scenario id' })], {
      error: 'must be "current" or a scenario id',
    })
    .default("current")
    .transform((v) => (v === "current" ? null : Number(v))),
});
