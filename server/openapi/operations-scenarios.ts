/** Operations of scenarios (issue 16): named copies of an edition's lineup, compared and promoted; and `?scenario=` on the lineup's routes. */
import { compareQuery, promoteInput, scenarioInput, scenarioPatch } from "@/server/services/scenarios-schemas";
import { created, list, NO_CONTENT, ok, op, tagged } from "./operation-builders";
import { fromZod, int, obj, propertyOf, ref, str } from "./schemas";
import type { ApiOperation, JsonSchema } from "./types";

const SCENARIO_VERSION = "the scenario's version as GET .../scenarios lists it; 409 stale_version if it changed since";

const pair = (schema: JsonSchema): JsonSchema => obj({ scenario: schema, with: schema });
const counts: JsonSchema = { type: "object", additionalProperties: int };
const severities = obj({ error: int, warning: int });

/** The scenario routes' bodies and answers (components.schemas). */
export function scenarioSchemas(): Record<string, JsonSchema> {
  return {
    ScenarioInput: fromZod(scenarioInput, {
      from: '"current": a copy of the working lineup (default); "empty": no slots; a scenario id: a copy of that scenario',
    }),
    ScenarioPatch: fromZod(scenarioPatch, { version: SCENARIO_VERSION }),
    PromoteInput: fromZod(promoteInput, { version: SCENARIO_VERSION }),
    Scenario: obj({
      id: int,
      name: str,
      version: {
        type: "integer",
        description: "grows with every change inside the scenario (slots, screenings, moves, patterns) and every rename",
      },
      createdAt: { type: "string", description: "ISO 8601 UTC" },
      updatedAt: { type: "string", description: "ISO 8601 UTC" },
      slots: int,
      screenings: int,
    }),
    ScenarioComparison: obj({
      scenario: obj({ id: int, name: str }),
      with: { oneOf: [obj({ id: int, name: str }), { type: "null" }], description: "null: the working lineup" },
      changes: {
        type: "array",
        items: ref("ReleaseChange"),
        description:
          "going from `with` to the scenario, as the release changelog words them; a copied screening is matched to the one it was copied from (screeningId: that one's id); pencilled-in screenings count",
      },
      figures: obj({
        screenings: pair(int),
        filmsPlaced: pair(int),
        fillRate: pair({ type: "number", description: "share of slots holding a screening, 0..1" }),
        emptyMinutes: pair({ type: "integer", description: "minutes of empty slots plus the spare minutes of filled ones" }),
        conflicts: pair(severities),
        perVenue: pair({ ...counts, description: "screenings per venue slug" }),
        perDay: pair({ ...counts, description: "screenings per festival day yyyy-mm-dd" }),
      }),
    }),
    Promotion: obj({
      working: obj({ slots: int, screenings: int, from: obj({ id: int, name: str }) }),
      kept: obj({ id: int, name: str, version: int }, ["id", "name", "version"], {
        description:
          'the lineup it replaced, as the scenario "before promoting {name}": promote it to undo (the undone scenario gets its name back)',
      }),
    }),
  };
}

const withQuery = {
  name: "with",
  description: '"current" (default): the working lineup; or another scenario\'s id',
  schema: propertyOf(fromZod(compareQuery), "with"),
};

export const SCENARIO_OPERATIONS: ApiOperation[] = tagged("scenarios", [
  op("get", "/api/v1/editions/{slug}/scenarios", "listScenarios", {
    access: "read",
    summary: "The edition's scenarios",
    description: "Each slot, screening, move, pattern and conflicts route works inside a scenario with `?scenario={id}`.",
    responses: ok("The scenarios", list("scenarios", "Scenario")),
    errors: [401, 404],
  }),
  op("post", "/api/v1/editions/{slug}/scenarios", "createScenario", {
    access: "edit",
    summary: "Make a scenario: a copy of the working lineup, of another scenario, or empty",
    description:
      "Slots (with hold notes) and screenings (films, guests, details) are copied with new ids. 404 naming `from` for a scenario of another edition.",
    body: "ScenarioInput",
    responses: created("The new scenario", ref("Scenario")),
    errors: [400, 401, 403, 404, 413],
  }),
  op("get", "/api/v1/editions/{slug}/scenarios/{id}", "getScenario", {
    access: "read",
    summary: "One scenario",
    responses: ok("The scenario", ref("Scenario")),
    errors: [401, 404],
  }),
  op("patch", "/api/v1/editions/{slug}/scenarios/{id}", "updateScenario", {
    access: "edit",
    summary: "Rename a scenario",
    body: "ScenarioPatch",
    responses: ok("The scenario as it is now", ref("Scenario")),
    errors: [400, 401, 403, 404, 409, 413],
  }),
  op("delete", "/api/v1/editions/{slug}/scenarios/{id}", "deleteScenario", {
    access: "edit",
    summary: "Delete a scenario with its slots and screenings (the working lineup is untouched)",
    responses: NO_CONTENT,
    errors: [401, 403, 404],
  }),
  op("get", "/api/v1/editions/{slug}/scenarios/{id}/compare", "compareScenario", {
    access: "read",
    summary: "Compare a scenario with the working lineup or another scenario",
    query: [withQuery],
    responses: ok("The changes and the figures side by side", ref("ScenarioComparison")),
    errors: [400, 401, 404],
  }),
  op("post", "/api/v1/editions/{slug}/scenarios/{id}/promote", "promoteScenario", {
    access: "edit",
    summary: "Make the scenario the working lineup (undoable)",
    description:
      "In one transaction: the working lineup is kept as the scenario \"before promoting {name}\" and the scenario's slots and screenings become the working lineup; a screening copied from a working one keeps that one's id (its public identity). The promoted scenario is gone (it is the working lineup). Undo: promote the kept one. Releases are still made from the working lineup only. Audited.",
    body: "PromoteInput",
    responses: ok("The working lineup and the kept one", ref("Promotion")),
    errors: [400, 401, 403, 404, 409, 413],
  }),
]);

const SCENARIO_PARAM = {
  name: "scenario",
  description:
    "a scenario's id: work inside that scenario's lineup (404 for one of another edition, 422 when not an id); absent: the working lineup",
  schema: { type: "integer", minimum: 1 },
};

/** The lineup's routes (slots, screenings, moves, patterns, conflicts) with `?scenario=`. */
export function withScenarioParam(ops: ApiOperation[]): ApiOperation[] {
  const inLineup = /^\/api\/v1\/editions\/\{slug\}\/(slots|conflicts)(\/|$)/;
  return ops.map((o) =>
    inLineup.test(o.path)
      ? { ...o, query: [...(o.query ?? []), SCENARIO_PARAM], errors: [...new Set([...o.errors, 404, 422] as const)].sort() }
      : o,
  );
}
