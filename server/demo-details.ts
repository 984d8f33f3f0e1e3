/**
 * What makes the demo festival read like a festival's own programme (issue 15): sections and
 * age ratings of its films, two guests, a named shorts programme, a subtitled print, access
 * marks, ticket links and availability (one screening sold out), the venues' access and doors.
 */
import type { Accessibility, ScreeningFormat, TicketAvailability } from "@/lib/types";

/** Section (strand) and age rating per demo film key. */
export const FILM_EXTRAS: Record<string, { section: string; rating: string }> = {
  longShift: { section: "Work Now", rating: "M/12" },
  salt: { section: "Strikes on Screen", rating: "M/12" },
  matewan: { section: "Strikes on Screen", rating: "M/14" },
  harlan: { section: "Strikes on Screen", rating: "M/12" },
  modernTimes: { section: "Archive", rating: "M/6" },
  metropolis: { section: "Archive", rating: "M/12" },
  organizer: { section: "Archive", rating: "M/12" },
  twoDays: { section: "Work Now", rating: "M/12" },
  normaRae: { section: "Strikes on Screen", rating: "M/12" },
  pride: { section: "Work Now", rating: "M/14" },
  leaving: { section: "Shorts", rating: "M/6" },
  pier: { section: "Shorts", rating: "M/6" },
  lunch: { section: "Shorts", rating: "M/6" },
  tally: { section: "Shorts", rating: "M/6" },
  cooperative: { section: "Work Now", rating: "M/6" },
};

/** The venues' step-free access and how early their doors open, in the demo's venue order; their names are Lisbon's own in Portuguese too. */
export const VENUE_EXTRAS = [
  { stepFree: true, doorsMinutes: 20, translations: { pt: { name: "Cinema Operário" } } },
  { stepFree: true, doorsMinutes: 15, translations: { pt: { name: "Sala Estúdio" } } },
  // the Ateliê is up a flight of stairs
  { stepFree: false, doorsMinutes: 10, translations: { pt: { name: "Ateliê" } } },
];

/** The demo's public site in Portuguese beside English (issue 17 §3): English stays at today's paths, Portuguese under /pt/. */
export const DEMO_LANGUAGES = {
  locales: ["pt", "en"],
  defaultLocale: "en",
  translations: { pt: { name: "Festival de Cinema Piquete 2026" } },
};

/** Portuguese titles and synopses of some demo films (the others fall back to English, marked lang="en"). */
export const FILM_TRANSLATIONS: Record<string, { pt: { title: string; synopsis?: string } }> = {
  longShift: {
    pt: {
      title: "O Turno Longo",
      synopsis:
        "Três anos dentro de uma fábrica de cortiça em Santa Maria da Feira, do primeiro cigarro do turno da noite à votação do novo contrato.",
    },
  },
  salt: {
    pt: {
      title: "O Sal da Terra",
      synopsis: "Impedidos pelo tribunal de fazer piquete, os mineiros são substituídos pelas mulheres, e nada em casa volta a ser igual.",
    },
  },
  modernTimes: { pt: { title: "Tempos Modernos" } },
  twoDays: { pt: { title: "Dois Dias, Uma Noite" } },
};

export const PEOPLE = {
  ana: {
    name: "Ana Ferreira",
    role: "director",
    internalNotes: "Arrives Friday morning from Porto; vegetarian; phone in the guest office list.",
    // at the festival on its first two days only
    availability: [{ from: "2026-10-23T09:00:00+01:00", to: "2026-10-25T01:00:00+01:00" }],
  },
  rui: {
    name: "Rui Almeida",
    role: "moderator",
    internalNotes: "Union of Cork Workers; moderates both shorts programmes.",
    availability: [],
  },
  marta: {
    name: "Marta Quintela",
    role: "director",
    internalNotes: "Needs a hotel for the 23rd only.",
    availability: [],
  },
} as const;

export type DemoPerson = keyof typeof PEOPLE;

export interface ScreeningExtras {
  title?: string;
  description?: string;
  translations?: Record<string, Record<string, string>>;
  subtitles?: string;
  accessibility?: Accessibility[];
  format?: ScreeningFormat;
  internalNotes?: string;
  availability?: TicketAvailability;
  guests?: [DemoPerson, string | null][];
}

const SHORTS = {
  title: "Shorts: Hands at Work",
  description:
    "Four short films about the hours nobody sees: a factory gate in 1895, a container terminal at night, a canteen and a port office.",
  translations: {
    pt: {
      title: "Curtas: Mãos ao Trabalho",
      description:
        "Quatro curtas sobre as horas que ninguém vê: o portão de uma fábrica em 1895, um terminal de contentores à noite, uma cantina e um escritório do porto.",
    },
  },
};

/** By the demo screening's index in SCREENINGS (server/demo.ts). */
export const SCREENING_EXTRAS: Record<number, ScreeningExtras> = {
  0: { accessibility: ["relaxed"], format: "digital file" },
  1: { availability: "few-left", format: "DCP", guests: [["marta", "director"]] },
  3: { format: "16mm", internalNotes: "Print on loan from the union archive: return by courier on Monday." },
  4: {
    ...SHORTS,
    accessibility: ["open-captions"],
    availability: "at-door",
    guests: [
      ["ana", "director"],
      ["rui", "moderator"],
    ],
  },
  8: { availability: "sold-out", format: "35mm", subtitles: "Portuguese" },
  11: { accessibility: ["audio-description"] },
  13: { ...SHORTS, availability: "free", guests: [["rui", "moderator"]] },
  17: {
    subtitles: "Portuguese",
    format: "35mm",
    internalNotes: "Print from the Cinemateca, Portuguese subtitles burnt in; reel 3 has a scratch at 12 min.",
  },
  19: { accessibility: ["audio-description", "sign-language"] },
};

/** The ticket shop's page of the demo screening `index` (a placeholder address: example.org is reserved). */
export function ticketUrl(index: number): string {
  return `https://tickets.example.org/picket-line-2026/${index + 1}`;
}
