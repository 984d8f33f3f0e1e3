/** Guests (people): rows <-> lib's Person, and the screenings they attend. */
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { people, screeningGuests } from "@/db/schema";
import { stripForbidden } from "@/lib/text";
import type { Person } from "@/lib/types";
import { inChunks, updateVersioned } from "./shared";

type PersonRow = typeof people.$inferSelect;

export type PersonData = Omit<Person, "id" | "version">;

function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    name: stripForbidden(r.name),
    role: r.role === null ? null : stripForbidden(r.role),
    internalNotes: r.internalNotes === null ? null : stripForbidden(r.internalNotes),
    availability: r.availability.map((a) => ({ from: new Date(a.from), to: new Date(a.to) })),
    version: r.version,
  };
}

function toRow(data: Partial<PersonData>) {
  const { availability, ...rest } = data;
  return availability === undefined
    ? rest
    : { ...rest, availability: availability.map((a) => ({ from: a.from.toISOString(), to: a.to.toISOString() })) };
}

export function listPeople(db: DB): Person[] {
  return db
    .select()
    .from(people)
    .orderBy(asc(sql`lower(${people.name})`), asc(people.id))
    .all()
    .map(toPerson);
}

export function getPerson(db: DB, id: number): Person | null {
  const r = db.select().from(people).where(eq(people.id, id)).get();
  return r ? toPerson(r) : null;
}

export function getPeopleByIds(db: DB, ids: readonly number[]): Person[] {
  return inChunks(ids, (chunk) => db.select().from(people).where(inArray(people.id, chunk)).all().map(toPerson));
}

export function insertPerson(db: DB, data: PersonData): Person {
  const { availability, ...rest } = data;
  const row = { ...rest, availability: availability.map((a) => ({ from: a.from.toISOString(), to: a.to.toISOString() })) };
  return toPerson(db.insert(people).values(row).returning().get());
}

/** Applies `data` and bumps the version; a stale `expectedVersion` changes nothing and returns null. */
export function updatePerson(db: DB, id: number, data: Partial<PersonData>, expectedVersion?: number): Person | null {
  const r = updateVersioned(db, people, id, toRow(data), expectedVersion);
  return r ? toPerson(r) : null;
}

export function deletePerson(db: DB, id: number): boolean {
  return db.delete(people).where(eq(people.id, id)).run().changes > 0;
}

/** How many screenings (any edition) the person attends. */
export function screeningCountOfPerson(db: DB, id: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(screeningGuests).where(eq(screeningGuests.personId, id)).get()?.n ?? 0;
}
