/**
 * The demo festival, written for Lineup: three days of labour cinema in
 * Lisbon over the night the clocks go back (2026-10-25), three venues, a
 * 177-minute documentary, a shorts programme, an after-midnight screening, a
 * tentative one, and one release. Seeded through the service layer on an empty
 * database unless LINEUP_DEMO=0.
 */
import { addDays, toZonedIso, zonedTimeToInstant } from "@/lib/festival-time";
import type { EditionLogo, FilmImage } from "@/lib/types";
import type { Actor } from "./auth";
import {
  DEMO_LANGUAGES,
  type DemoPerson,
  FILM_EXTRAS,
  FILM_TRANSLATIONS,
  PEOPLE,
  SCREENING_EXTRAS,
  ticketUrl,
  VENUE_EXTRAS,
} from "./demo-details";
import { createEdition, createVenue } from "./services/editions";
import { createFilm } from "./services/films";
import { attachStoredImage, attachStoredLogo } from "./services/images";
import { createPerson } from "./services/people";
import { publishRelease } from "./services/releases";
import { createSlot, putScreening } from "./services/schedule";
import { putWalkingMinutes } from "./services/walking";

export const DEMO_SLUG = "picket-line-2026";
const ZONE = "Europe/Lisbon";
const FIRST_DAY = "2026-10-23";

const FILMS = {
  longShift: {
    title: "The Long Shift",
    year: 2025,
    directors: ["Marta Quintela"],
    countries: ["Portugal"],
    runtimeMinutes: 177,
    languages: ["Portuguese"],
    subtitles: "English",
    genre: "Documentary",
    synopsis:
      "Three years inside a cork factory in Santa Maria da Feira, from the night shift's first cigarette to the vote on the new contract.",
  },
  salt: {
    title: "Salt of the Earth",
    year: 1954,
    directors: ["Herbert J. Biberman"],
    countries: ["USA"],
    runtimeMinutes: 94,
    languages: ["English", "Spanish"],
    subtitles: "English",
    genre: "Drama",
    synopsis:
      "Barred from the picket line by a court order, the miners' wives take their place, and nothing at home is the same afterwards.",
  },
  matewan: {
    title: "Matewan",
    year: 1987,
    directors: ["John Sayles"],
    countries: ["USA"],
    runtimeMinutes: 135,
    languages: ["English"],
    subtitles: "Portuguese",
    genre: "Drama",
    synopsis: "A West Virginia coal town, 1920: an organiser tries to keep the strikers together while the company's detectives move in.",
  },
  harlan: {
    title: "Harlan County USA",
    year: 1976,
    directors: ["Barbara Kopple"],
    countries: ["USA"],
    runtimeMinutes: 103,
    languages: ["English"],
    subtitles: "Portuguese",
    genre: "Documentary",
    synopsis: "A year on the picket line with Kentucky miners and their families, filmed from their side of the road.",
  },
  modernTimes: {
    title: "Modern Times",
    year: 1936,
    directors: ["Charles Chaplin"],
    countries: ["USA"],
    runtimeMinutes: 87,
    languages: ["English"],
    subtitles: null,
    genre: "Comedy",
    synopsis: "A factory hand is swallowed by the assembly line and keeps coming out the other side.",
  },
  metropolis: {
    title: "Metropolis",
    year: 1927,
    directors: ["Fritz Lang"],
    countries: ["Germany"],
    runtimeMinutes: 153,
    languages: ["German"],
    subtitles: "English",
    genre: "Science fiction",
    synopsis: "Above ground, the masters' gardens; below, the machine halls. The restored version, with live piano.",
  },
  organizer: {
    title: "The Organizer",
    originalTitle: "I compagni",
    year: 1963,
    directors: ["Mario Monicelli"],
    countries: ["Italy", "France"],
    runtimeMinutes: 130,
    languages: ["Italian"],
    subtitles: "English",
    genre: "Drama",
    synopsis: "Turin textile workers stumble into their first strike, helped by a schoolteacher on the run.",
  },
  twoDays: {
    title: "Two Days, One Night",
    originalTitle: "Deux jours, une nuit",
    year: 2014,
    directors: ["Jean-Pierre Dardenne", "Luc Dardenne"],
    countries: ["Belgium", "France"],
    runtimeMinutes: 95,
    languages: ["French"],
    subtitles: "English",
    genre: "Drama",
    synopsis: "One weekend to ask sixteen colleagues to give up their bonus so that she can keep her job.",
  },
  normaRae: {
    title: "Norma Rae",
    year: 1979,
    directors: ["Martin Ritt"],
    countries: ["USA"],
    runtimeMinutes: 110,
    languages: ["English"],
    subtitles: "Portuguese",
    genre: "Drama",
    synopsis: "A mill worker in the Carolinas stands on a table and holds up a sign.",
  },
  pride: {
    title: "Pride",
    year: 2014,
    directors: ["Matthew Warchus"],
    countries: ["United Kingdom"],
    runtimeMinutes: 120,
    languages: ["English"],
    subtitles: "Portuguese",
    genre: "Comedy",
    synopsis: "London activists drive to a Welsh mining village with a collection bucket during the 1984 strike.",
  },
  leaving: {
    title: "Workers Leaving the Factory",
    originalTitle: "La Sortie de l'usine Lumière à Lyon",
    year: 1895,
    directors: ["Louis Lumière"],
    countries: ["France"],
    runtimeMinutes: 1,
    languages: [],
    subtitles: null,
    genre: "Short",
    synopsis: "The first film: the gates open and the workday ends.",
  },
  pier: {
    title: "Night Shift at Pier 9",
    year: 2024,
    directors: ["Inês Carvalho"],
    countries: ["Portugal"],
    runtimeMinutes: 14,
    languages: ["Portuguese"],
    subtitles: "English",
    genre: "Short",
    synopsis: "Crane operators at the Alcântara terminal talk through a twelve-hour night.",
  },
  lunch: {
    title: "Lunch Break",
    year: 2023,
    directors: ["Tomás Reis"],
    countries: ["Portugal"],
    runtimeMinutes: 9,
    languages: ["Portuguese"],
    subtitles: "English",
    genre: "Short",
    synopsis: "Forty minutes, one canteen, five conversations about the new rota.",
  },
  tally: {
    title: "Tally Clerks",
    year: 2022,
    directors: ["Aoife Byrne"],
    countries: ["Ireland"],
    runtimeMinutes: 22,
    languages: ["English"],
    subtitles: "Portuguese",
    genre: "Short",
    synopsis: "The last two people at Dublin port who still count cargo by hand.",
  },
  cooperative: {
    title: "The Bakery on Rua Direita",
    year: 2026,
    directors: ["Coletivo Forno"],
    countries: ["Portugal"],
    runtimeMinutes: null,
    languages: ["Portuguese"],
    subtitles: null,
    genre: "Documentary",
    synopsis: "Work in progress: a bakery taken over by its workers.",
    internalNotes: "Final cut not delivered yet; runtime to be confirmed by the collective.",
  },
} as const;

type FilmKey = keyof typeof FILMS;

/** [day offset, venue, local start, local end, films, extras, status] — times on the festival's clock. */
const SCREENINGS: [
  number,
  number,
  string,
  string,
  FilmKey[],
  { pre?: number; intro?: number; qa?: number },
  "confirmed" | "tentative" | "cancelled",
][] = [
  [0, 0, "14:00", "16:00", ["modernTimes"], { pre: 5, intro: 10 }, "confirmed"],
  [0, 0, "16:30", "19:45", ["longShift"], { intro: 10 }, "confirmed"],
  [0, 0, "21:00", "23:15", ["organizer"], { pre: 5 }, "confirmed"],
  [0, 1, "15:00", "17:00", ["harlan"], { qa: 15 }, "confirmed"],
  [0, 1, "18:00", "19:30", ["leaving", "pier", "lunch", "tally"], { intro: 10, qa: 30 }, "confirmed"],
  [0, 1, "21:30", "23:30", ["twoDays"], { pre: 5, intro: 5 }, "confirmed"],
  [0, 2, "17:00", "19:15", ["cooperative"], { qa: 30 }, "tentative"],
  [1, 0, "14:00", "16:00", ["salt"], { pre: 5, qa: 20 }, "confirmed"],
  [1, 0, "16:30", "19:00", ["matewan"], { pre: 5, intro: 5 }, "confirmed"],
  [1, 0, "21:00", "23:15", ["pride"], { pre: 5 }, "confirmed"],
  // The night the clocks go back: 00:30-02:30 on the wall is 180 real minutes.
  [1, 0, "24:30", "26:30", ["metropolis"], { intro: 10 }, "confirmed"],
  [1, 1, "15:00", "17:00", ["normaRae"], { intro: 5 }, "confirmed"],
  [1, 1, "18:00", "20:00", ["modernTimes"], { qa: 20 }, "confirmed"],
  [1, 2, "16:00", "17:30", ["leaving", "pier", "lunch", "tally"], { intro: 5, qa: 20 }, "confirmed"],
  [2, 0, "14:00", "17:15", ["longShift"], { intro: 10 }, "confirmed"],
  [2, 0, "18:00", "20:00", ["harlan"], { qa: 15 }, "confirmed"],
  [2, 0, "21:00", "23:00", ["twoDays"], {}, "confirmed"],
  [2, 1, "15:00", "16:45", ["salt"], {}, "confirmed"],
  [2, 1, "17:30", "20:00", ["organizer"], { intro: 10 }, "confirmed"],
  [2, 1, "21:00", "23:00", ["normaRae"], { qa: 10 }, "confirmed"],
  [2, 2, "23:30", "25:45", ["matewan"], {}, "confirmed"],
];

/** A festival-day clock time ("24:30" = 00:30 the next morning) to an ISO instant with its offset. */
function at(day: string, clock: string): string {
  const [h = 0, m = 0] = clock.split(":").map(Number);
  const realDay = h >= 24 ? addDays(day, 1) : day;
  const t = `${String(h % 24).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
  // Times in the repeated hour would be ambiguous; the demo avoids 01:00-02:00 starts.
  const instant = zonedTimeToInstant(realDay, t, ZONE, "earlier");
  if (!instant) throw new Error(`demo time ${day} ${clock} does not exist in ${ZONE}`);
  return toZonedIso(instant, ZONE);
}

/** The screening's programme, access and tickets (server/demo-details.ts). */
function details(index: number, status: string, people: Map<DemoPerson, number>) {
  const { guests = [], ...rest } = SCREENING_EXTRAS[index] ?? {};
  return {
    ...rest,
    ticketUrl: status === "confirmed" ? ticketUrl(index) : null,
    availability: rest.availability ?? (status === "confirmed" ? "on-sale" : null),
    guests: guests.flatMap(([key, role]) => {
      const personId = people.get(key);
      return personId === undefined ? [] : [{ personId, role }];
    }),
  };
}

/** `images`: stills for some films by their key (server/demo-images.ts), set before the first release. */
export function seedDemo(admin: Actor, images: Map<string, FilmImage> = new Map(), logo?: EditionLogo): void {
  createEdition(admin, {
    slug: DEMO_SLUG,
    name: "Picket Line Film Festival 2026",
    firstDay: FIRST_DAY,
    lastDay: addDays(FIRST_DAY, 2),
    timeZone: ZONE,
    dayBreak: "06:00",
    accentColor: "#9b1b30",
    ...DEMO_LANGUAGES,
  });
  if (logo) attachStoredLogo(admin, DEMO_SLUG, logo);
  const venues = [
    createVenue(admin, DEMO_SLUG, { name: "Cinema Operário", capacity: 220, changeoverMinutes: 20, ...VENUE_EXTRAS[0] }),
    createVenue(admin, DEMO_SLUG, { name: "Sala Estúdio", capacity: 80, changeoverMinutes: 15, ...VENUE_EXTRAS[1] }),
    createVenue(admin, DEMO_SLUG, { name: "Ateliê", capacity: 40, changeoverMinutes: 10, ...VENUE_EXTRAS[2] }),
  ];
  // Operário and Estúdio share a building; the Ateliê is across the square and up the stairs
  const [operario, estudio, atelie] = venues.map((v) => v.id);
  if (operario && estudio && atelie)
    putWalkingMinutes(admin, DEMO_SLUG, {
      minutes: [
        { fromVenueId: operario, toVenueId: estudio, minutes: 2 },
        { fromVenueId: operario, toVenueId: atelie, minutes: 8 },
        { fromVenueId: estudio, toVenueId: atelie, minutes: 7 },
      ],
    });
  const people = new Map<DemoPerson, number>();
  for (const [key, person] of Object.entries(PEOPLE) as [DemoPerson, (typeof PEOPLE)[DemoPerson]][])
    people.set(key, createPerson(admin, { ...person, availability: [...person.availability] }).id);
  const filmIds = new Map<FilmKey, number>();
  for (const [key, film] of Object.entries(FILMS) as [FilmKey, (typeof FILMS)[FilmKey]][]) {
    filmIds.set(
      key,
      createFilm(admin, {
        ...film,
        ...FILM_EXTRAS[key],
        translations: FILM_TRANSLATIONS[key] ?? {},
        directors: [...film.directors],
        countries: [...film.countries],
        languages: [...film.languages],
      }).id,
    );
  }
  for (const [key, id] of filmIds) {
    const image = images.get(key);
    if (image) attachStoredImage(admin, id, image);
  }
  for (const [index, [offset, venue, start, end, films, extras, status]] of SCREENINGS.entries()) {
    const day = addDays(FIRST_DAY, offset);
    const venueId = venues[venue]?.id;
    if (venueId === undefined) throw new Error(`demo screening names venue ${venue}, which the demo does not make`);
    const slot = createSlot(admin, DEMO_SLUG, { venueId, startsAt: at(day, start), endsAt: at(day, end) });
    putScreening(admin, DEMO_SLUG, slot.id, {
      filmIds: films.map((k) => filmIds.get(k)!),
      preShowMinutes: extras.pre ?? 0,
      introMinutes: extras.intro ?? 0,
      qaMinutes: extras.qa ?? 0,
      status,
      ...details(index, status, people),
    });
  }
  publishRelease(admin, DEMO_SLUG, { note: "First programme announcement." });
}
