/**
 * Scenarios (issue 16): named copies of an edition's lineup that programmers edit without
 * touching the working lineup (every slot and screening route takes `?scenario={id}`), and
 * promoting one to be the working lineup (undone by promoting the lineup it replaced).
 */
import type { DB } from "@/db/client";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/scenarios";
import type { Edition } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { notFound, ServiceError } from "@/server/errors";
import { parse, stale } from "@/server/validate";
import { authoriseIn, editionTransaction, requireEdition } from "./editions";
import { promoteInput, scenarioInput, scenarioPatch } from "./scenarios-schemas";

/** A scenario as the API lists it: its record and how many slots and screenings it holds. */
export interface ScenarioView {
  id: number;
  name: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  slots: number;
  screenings: number;
}

function viewOf(s: q.Scenario, sizes: Map<number, { slots: number; screenings: number }>): ScenarioView {
  const size = sizes.get(s.id) ?? { slots: 0, screenings: 0 };
  return {
    id: s.id,
    name: s.name,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    ...size,
  };
}

function viewIn(db: DB, edition: Edition, s: q.Scenario): ScenarioView {
  return viewOf(s, q.scenarioSizes(db, edition.id));
}

/** The scenario of this edition, or 404 (one of another edition is not there). */
export function requireScenario(db: DB, edition: Edition, id: number): q.Scenario {
  const s = q.getScenario(db, edition.id, id);
  if (!s) throw notFound(`Scenario ${id}`);
  return s;
}

export function listScenarios(actor: Actor, slug: string): ScenarioView[] {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const edition = requireEdition(db, slug);
  const sizes = q.scenarioSizes(db, edition.id);
  return q.listScenarios(db, edition.id).map((s) => viewOf(s, sizes));
}

export function getScenario(actor: Actor, slug: string, id: number): ScenarioView {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const edition = requireEdition(db, slug);
  return viewIn(db, edition, requireScenario(db, edition, id));
}

/** `{name, from: "current" | "empty" | scenarioId}`: a new scenario holding a copy of that lineup (or nothing). */
export function createScenario(actor: Actor, slug: string, input: unknown): ScenarioView {
  authoriseIn(actor, slug, "edit");
  const { name, from } = parse(scenarioInput, input);
  return editionTransaction(slug, (db, edition) => {
    if (typeof from === "number" && !q.getScenario(db, edition.id, from))
      throw notFound(`Scenario ${from}`, { from: "is not a scenario of this edition" });
    const scenario = q.insertScenario(db, edition.id, name);
    if (from !== "empty") q.copyLineup(db, edition.id, from === "current" ? null : from, scenario.id);
    const view = viewIn(db, edition, scenario);
    audit(db, actor, {
      entity: "scenario",
      entityId: scenario.id,
      editionId: edition.id,
      action: "create",
      summary: `${name} (from ${from === "current" ? "the working lineup" : from === "empty" ? "nothing" : `scenario ${from}`})`,
      after: { ...view, from },
    });
    return view;
  });
}

/** `{name, version}`: renames the scenario; 409 `stale_version` when it changed since `version`. */
export function updateScenario(actor: Actor, slug: string, id: number, input: unknown): ScenarioView {
  authoriseIn(actor, slug, "edit");
  const { name, version } = parse(scenarioPatch, input);
  return editionTransaction(slug, (db, edition) => {
    const current = requireScenario(db, edition, id);
    const renamed = current.version === version ? q.renameScenario(db, id, name, version) : null;
    if (!renamed) throw stale("scenario", viewIn(db, edition, current));
    audit(db, actor, {
      entity: "scenario",
      entityId: id,
      editionId: edition.id,
      action: "update",
      summary: `${current.name} -> ${name}`,
      before: { name: current.name },
      after: { name },
    });
    return viewIn(db, edition, renamed);
  });
}

/** Deletes the scenario with its slots and screenings (the working lineup is untouched). */
export function deleteScenario(actor: Actor, slug: string, id: number): void {
  authoriseIn(actor, slug, "edit");
  editionTransaction(slug, (db, edition) => {
    const current = requireScenario(db, edition, id);
    const before = viewIn(db, edition, current);
    q.deleteScenario(db, id);
    audit(db, actor, { entity: "scenario", entityId: id, editionId: edition.id, action: "delete", summary: current.name, before });
  });
}

const BEFORE = "before promoting ";

/** The name the replaced lineup is kept under: "before promoting {name}"; undoing (promoting "before promoting X") keeps X as "X" again. */
function keptName(promoted: string): string {
  return promoted.startsWith(BEFORE) && promoted.length > BEFORE.length
    ? promoted.slice(BEFORE.length)
    : `${BEFORE}${promoted}`.slice(0, 200);
}

export interface Promotion {
  /** The working lineup now (what was the scenario): its slots and screenings. */
  working: { slots: number; screenings: number; from: { id: number; name: string } };
  /** The lineup it replaced, kept as a scenario: promote it to undo. */
  kept: { id: number; name: string; version: number };
}

/**
 * `{version}`: the scenario becomes the working lineup in one transaction; the working lineup
 * is kept as the scenario "before promoting {name}" (promote it to undo). 409 `stale_version`
 * when the scenario changed since `version`. Releases are still made from the working lineup.
 */
export function promoteScenario(actor: Actor, slug: string, id: number, input: unknown): Promotion {
  authoriseIn(actor, slug, "edit");
  const { version } = parse(promoteInput, input);
  return editionTransaction(slug, (db, edition) => {
    const scenario = requireScenario(db, edition, id);
    if (scenario.version !== version) throw stale("scenario", viewIn(db, edition, scenario));
    const promoted = viewIn(db, edition, scenario);
    const kept = q.insertScenario(db, edition.id, keptName(scenario.name));
    q.promoteLineup(db, edition.id, id, kept.id);
    q.deleteScenario(db, id);
    const keptView = viewIn(db, edition, kept);
    const result: Promotion = {
      working: { slots: promoted.slots, screenings: promoted.screenings, from: { id, name: scenario.name } },
      kept: { id: kept.id, name: kept.name, version: kept.version },
    };
    audit(db, actor, {
      entity: "scenario",
      entityId: id,
      editionId: edition.id,
      action: "promote",
      summary: `${scenario.name} is the working lineup; the one it replaced is kept as "${kept.name}"`,
      before: { scenario: promoted, working: { slots: keptView.slots, screenings: keptView.screenings } },
      after: result,
    });
    return result;
  });
}

/** Refused unless the scenario and the other lineup are both this edition's (compare's `with`). */
export function requireOther(db: DB, edition: Edition, other: number | null, id: number): void {
  if (other === null) return;
  if (other === id) throw new ServiceError("bad_request", "Compare a scenario with another lineup", { with: "must be another lineup" });
  if (!q.getScenario(db, edition.id, other)) throw notFound(`Scenario ${other}`, { with: "is not a scenario of this edition" });
}
