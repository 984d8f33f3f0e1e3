/** Guests: people who attend screenings (directors, cast, speakers, moderators), shared by every edition. */
import { getDb, transaction } from "@/db/client";
import * as q from "@/db/queries/people";
import type { Person } from "@/lib/types";
import { audit } from "@/server/audit";
import { type Actor, authorise } from "@/server/auth";
import { notFound, ServiceError } from "@/server/errors";
import { personInput, personPatch } from "@/server/programme-schemas";
import { parse, stale } from "@/server/validate";
import { stripUndefined } from "./films";

export function listPeople(actor: Actor): Person[] {
  authorise(actor, "read");
  return q.listPeople(getDb());
}

export function getPerson(actor: Actor, id: number): Person {
  authorise(actor, "read");
  const person = q.getPerson(getDb(), id);
  if (!person) throw notFound(`Person ${id}`);
  return person;
}

export function createPerson(actor: Actor, input: unknown): Person {
  authorise(actor, "edit");
  const data = parse(personInput, input);
  return transaction((db) => {
    const person = q.insertPerson(db, data);
    audit(db, actor, { entity: "person", entityId: person.id, action: "create", summary: person.name, after: person });
    return person;
  });
}

export function updatePerson(actor: Actor, id: number, input: unknown): Person {
  authorise(actor, "edit");
  const { version, ...patch } = parse(personPatch, input);
  return transaction((db) => {
    const current = q.getPerson(db, id);
    if (!current) throw notFound(`Person ${id}`);
    if (version !== undefined && version !== current.version) throw stale("person", current);
    const updated = q.updatePerson(db, id, stripUndefined(patch), current.version);
    if (!updated) throw stale("person", q.getPerson(db, id));
    audit(db, actor, { entity: "person", entityId: id, action: "update", summary: updated.name, before: current, after: updated });
    return updated;
  });
}

/** 409 `in_use` while the person is a guest of a screening. */
export function deletePerson(actor: Actor, id: number): void {
  authorise(actor, "edit");
  transaction((db) => {
    const current = q.getPerson(db, id);
    if (!current) throw notFound(`Person ${id}`);
    const uses = q.screeningCountOfPerson(db, id);
    if (uses > 0)
      throw new ServiceError("in_use", `${current.name} is a guest of ${uses} screening${uses === 1 ? "" : "s"}; take them off first`, {
        id: "is a guest of a screening",
      });
    q.deletePerson(db, id);
    audit(db, actor, { entity: "person", entityId: id, action: "delete", summary: current.name, before: current });
  });
}
