/** Programmes for the feed tests (not a test file itself). */
import { buildProgramme, type Programme } from "@/lib/programme";
import { film, lisbonSnapshot, screening } from "@/lib/test-fixtures";

export const TRICKY_TITLES = {
  quotes: `Tom & "Jerry" <b>bold</b>`,
  accents: "Ça ira — l'été à Lisboa 🎬🍿",
  formula: '=HYPERLINK("http://evil.example","x")',
  plus: "+Plus, comma",
  minus: "-2+3",
  at: "@SUM(A1)",
  newline: "Line one\nLine two\r\nLine three",
};

const lisbonFilms = [
  film(1, "Matewan", 135, { directors: ["John Sayles"], languages: ["English"], year: 1987, synopsis: "Coal miners, 1920." }),
  film(2, "Metropolis", 153, { directors: ["Fritz Lang"], languages: ["German"], genre: "Science fiction", year: 1927 }),
  film(3, null, 9, { directors: ["Tomás Reis"], year: 2023, genre: "Short", synopsis: 'A "short" & <sweet> film' }),
  film(4, "Pier 9", 14, { genre: "Short", languages: ["pt-BR"] }),
  film(5, TRICKY_TITLES.quotes, 90, { directors: ["Ana <Silva> & Co"], languages: ["Silent"] }),
  film(6, TRICKY_TITLES.accents, 100, { directors: ["Çelik Öz"], synopsis: "Émoji 🎞️ ünïcödé" }),
  film(7, TRICKY_TITLES.formula, 80, { directors: ["=cmd|' /C calc'!A0"] }),
  film(8, TRICKY_TITLES.plus, 70, { directors: ["@attacker"] }),
  film(9, TRICKY_TITLES.minus, 60),
  film(10, TRICKY_TITLES.at, 60),
  film(11, TRICKY_TITLES.newline, null, { genre: null, languages: [] }),
];

/** Lisbon 2026-10-23..25; the night of the 24th to the 25th the clocks go back. */
export function lisbonProgramme(): Programme {
  return buildProgramme(
    lisbonSnapshot(
      [
        screening(10, 1, "2026-10-23T21:00:00+01:00", "2026-10-23T23:30:00+01:00", [1], { revision: 3 }),
        // after midnight on the DST night: 180 real minutes, festival day the 24th
        screening(11, 1, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00", [2], { revision: 1 }),
        // cancelled multi-film programme
        screening(12, 2, "2026-10-24T18:00:00+01:00", "2026-10-24T19:00:00+01:00", [4, 3], { status: "cancelled", revision: 2 }),
        screening(13, 2, "2026-10-24T05:59:00+01:00", "2026-10-24T07:00:00+01:00", [4]),
        screening(14, 1, "2026-10-24T14:00:00+01:00", "2026-10-24T16:00:00+01:00", [5, 6]),
        screening(15, 2, "2026-10-23T14:00:00+01:00", "2026-10-23T15:30:00+01:00", [7]),
        screening(16, 2, "2026-10-23T16:00:00+01:00", "2026-10-23T17:30:00+01:00", [8]),
        screening(17, 2, "2026-10-25T11:00:00+00:00", "2026-10-25T12:00:00+00:00", [9, 10]),
        screening(18, 1, "2026-10-25T20:00:00+00:00", "2026-10-25T22:00:00+00:00", [11]),
      ],
      lisbonFilms,
    ),
  );
}

/** Tokyo (no DST), a short slug, day-break 05:00, a 04:30 screening that belongs to the day before. */
export function tokyoProgramme(): Programme {
  return buildProgramme({
    edition: {
      slug: "tk",
      name: "東京 Film Days",
      firstDay: "2027-03-01",
      lastDay: "2027-03-02",
      timeZone: "Asia/Tokyo",
      dayBreak: "05:00",
      accentColor: null,
      logo: null,
    },
    venues: [
      { id: 7, slug: "main", name: "Main Hall", capacity: 500, stepFree: false },
      { id: 8, slug: "annex", name: "Annex & Bar", capacity: null, stepFree: false },
    ],
    films: [
      film(21, "東京物語", 136, { directors: ["小津安二郎"], languages: ["Japanese"], year: 1953, countries: ["Japan"] }),
      film(22, "Late Show", 200, { directors: ["A", "B"] }),
    ],
    walking: [],
    screenings: [
      screening(31, 7, "2027-03-01T19:00:00+09:00", "2027-03-01T21:30:00+09:00", [21]),
      screening(32, 8, "2027-03-02T01:00:00+09:00", "2027-03-02T04:30:00+09:00", [22]),
      screening(33, 8, "2027-03-03T04:30:00+09:00", "2027-03-03T05:30:00+09:00", [21]),
    ],
  });
}

/** Guests of the programme fixture: a director and a moderator. */
export const GUESTS = [
  { personId: 4, name: "Ana Ferreira", role: "director" },
  { personId: 9, name: "Rui Lopes", role: "moderator" },
];

export const TICKET_URL = "https://tickets.example/event?id=40&lang=en";
export const TICKET_URL_42 = "https://tickets.example/event?id=42";
export const TICKET_URL_43 = "https://tickets.example/event?id=43";

/**
 * Issue 15's fields: screening 40 is a named shorts programme with a description, two guests
 * and a Q&A, a subtitles override, access marks, a format, sold out with a ticket link; its films
 * have sections and ratings. Screening 41 is a plain film screening with none of them; 42 has a
 * few tickets left, sold online (its link is offered, 40's is not: it is sold out); 43 is
 * cancelled with tickets still "on sale" (no link is offered).
 */
export function festivalProgramme(): Programme {
  return buildProgramme(
    lisbonSnapshot(
      [
        screening(40, 2, "2026-10-24T18:00:00+01:00", "2026-10-24T19:30:00+01:00", [30, 31], {
          title: "Shorts: Work & Hands",
          description: "Four films about the work of hands.",
          subtitles: "Portuguese",
          accessibility: ["open-captions", "step-free"],
          format: "DCP",
          availability: "sold-out",
          ticketUrl: TICKET_URL,
          guests: GUESTS,
          qaMinutes: 20,
          revision: 2,
        }),
        screening(41, 1, "2026-10-24T21:00:00+01:00", "2026-10-24T22:45:00+01:00", [32], { revision: 1 }),
        screening(42, 1, "2026-10-25T15:00:00+00:00", "2026-10-25T17:00:00+00:00", [32], {
          availability: "few-left",
          ticketUrl: TICKET_URL_42,
        }),
        screening(43, 1, "2026-10-25T20:00:00+00:00", "2026-10-25T22:00:00+00:00", [32], {
          status: "cancelled",
          availability: "on-sale",
          ticketUrl: TICKET_URL_43,
        }),
      ],
      [
        film(30, "The Loom", 12, {
          directors: ["Ana Ferreira"],
          languages: ["English"],
          subtitles: "English",
          section: "Shorts",
          rating: "12",
          year: 2025,
          synopsis: "A weaver's day.",
        }),
        film(31, "Dockside", 18, { directors: ["Kim Lee"], languages: ["Korean"], subtitles: null, section: "Shorts", rating: "16" }),
        film(32, "Plain Film", 95, { directors: ["Jo Plain"], languages: [], subtitles: null, genre: "Drama", year: 1990 }),
      ],
    ),
  );
}

export const RELEASE = { version: 7, publishedAt: new Date("2026-10-01T10:15:30.250Z") };
export const BASE = "https://festival.example";
