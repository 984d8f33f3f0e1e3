import type { Metadata } from "next";
import { NewPersonForm, PersonRow, type PersonView } from "@/components/admin/PeopleForms";
import { Panel } from "@/components/ui/Section";
import { localParts, shortDayLabel } from "@/lib/festival-time";
import type { Person } from "@/lib/types";
import { listEditions } from "@/server/services/editions";
import { listPeople } from "@/server/services/people";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "People" };

/**
 * Guests are shared by every edition; their availability is shown and typed on the clock of the
 * latest edition's zone (by first day), or UTC before there is an edition.
 */
function zoneOf(editions: { firstDay: string; timeZone: string }[]): string {
  return [...editions].sort((a, b) => b.firstDay.localeCompare(a.firstDay)).at(0)?.timeZone ?? "UTC";
}

function viewOf(p: Person, zone: string): PersonView {
  const local = (d: Date) => {
    const { date, time } = localParts(d, zone);
    return { box: `${date}T${time}`, date, time };
  };
  const availability = p.availability.map((r) => ({ from: local(r.from), to: local(r.to) }));
  // "Fri 23 Oct 10:00 to Sat 24 Oct 23:00", "Sun 25 Oct 12:00 to 22:00"
  const words = ({ from, to }: (typeof availability)[number]) =>
    `${shortDayLabel(from.date)} ${from.time} to ${to.date === from.date ? "" : `${shortDayLabel(to.date)} `}${to.time}`;
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    internalNotes: p.internalNotes,
    availability: availability.map((r) => ({ from: r.from.box, to: r.to.box })),
    availabilityText: availability.length ? `At the festival ${availability.map(words).join("; ")}` : "Always available",
    version: p.version,
  };
}

export default async function PeoplePage() {
  const actor = await requireSignedIn("/admin/people");
  const zone = zoneOf(listEditions(actor));
  const people = listPeople(actor).map((p) => viewOf(p, zone));
  return (
    <div className="grid gap-6">
      <h1 className="font-serif text-3xl font-bold">People</h1>
      <p className="max-w-3xl text-sm text-stone-700">
        Guests of screenings: directors, cast, speakers, moderators. Shared by every edition; put them on a screening from its form on the
        day view. Their internal notes and availability are never public. Times are in {zone}.
      </p>
      {people.length === 0 ? (
        <p>No one yet: add the first guest below.</p>
      ) : (
        <ul aria-label="People">
          {people.map((p) => (
            <PersonRow key={`${p.id}-${p.version}`} person={p} zone={zone} />
          ))}
        </ul>
      )}
      <Panel id="add-person-h" title="Add a person">
        <NewPersonForm zone={zone} />
      </Panel>
    </div>
  );
}
