import { describe, expect, it } from "vitest";
import { ENGLISH_REASONS, reasonText } from "@/lib/planner-reasons";
import { plannerErrors, plannerText, reasonWords, weekWords } from "./i18n-words";

describe("the week's title names the festival days it shows, in the page's language", () => {
  it.each([
    { name: "a whole week", locale: "en", days: ["2026-10-19", "2026-10-25"], title: "Films from Mon 19 Oct to Sun 25 Oct" },
    { name: "cut by the edition's end", locale: "en", days: ["2026-10-23", "2026-10-25"], title: "Films from Fri 23 Oct to Sun 25 Oct" },
    { name: "one festival day", locale: "en", days: ["2026-10-25"], title: "Films on Sun 25 Oct" },
    {
      name: "a whole week in Portuguese",
      locale: "pt",
      days: ["2026-10-19", "2026-10-25"],
      title: "Filmes de segunda, 19/10 a domingo, 25/10",
    },
    { name: "one day in Portuguese", locale: "pt", days: ["2026-10-25"], title: "Filmes de domingo, 25/10" },
  ])("$name", ({ locale, days, title }) => expect(weekWords(locale).title(days.map((day) => ({ day })))).toBe(title));
});

describe("the planner's words per language", () => {
  it.each([
    { name: "English, one film, one day", locale: "en", placed: 1, wanted: 1, days: 1, text: "1 of 1 film fit, over 1 day." },
    { name: "English, nothing placed", locale: "en", placed: 0, wanted: 2, days: 0, text: "0 of 2 films fit." },
    { name: "Portuguese, over days", locale: "pt", placed: 2, wanted: 3, days: 2, text: "2 de 3 filmes cabem, em 2 dias." },
  ])("$name", ({ locale, placed, wanted, days, text }) => expect(plannerText(locale).summary(placed, wanted, days)).toBe(text));

  it("the toggle's bar reads {n} for the count (public/planner.js fills it in)", () => {
    expect(plannerText("pt").barMany).toBe("Planear os meus {n} filmes →");
    expect(plannerText("en").barOne).toBe("Plan my 1 film →");
  });

  it("a kept start is dated in the page's language", () => {
    expect(plannerText("en").when("2026-10-24T18:00")).toBe("Sat 24 Oct, 18:00");
    expect(plannerText("pt").when("2026-10-24T18:00")).toBe("sábado, 24/10, 18:00");
  });
});

describe("a missed film's reason, the API's English and the page's Portuguese", () => {
  const ctx = { from: "10:00", to: null, title: (f: number) => ["Matewan", "Ran", "Ida"][f] ?? "?", isMust: (f: number) => f === 0 };
  const clash = (withFilms: number[], screenings: number) => ({ kind: "clashes" as const, withFilms, screenings });
  it.each([
    { name: "English clash with a must-see", w: ENGLISH_REASONS, r: clash([0], 2), text: "both screenings clash with Matewan, a must-see" },
    {
      name: "English, three films",
      w: ENGLISH_REASONS,
      r: clash([0, 1, 2], 3),
      text: "all 3 screenings clash with Matewan (a must-see), Ran and Ida",
    },
    {
      name: "Portuguese clash with a must-see",
      w: reasonWords("pt"),
      r: clash([0], 2),
      text: "as duas sessões coincidem com Matewan, um imperdível",
    },
    { name: "Portuguese, only screening", w: reasonWords("pt"), r: clash([1, 2], 1), text: "a única sessão coincide com Ran e Ida" },
    {
      name: "Portuguese outside the hours",
      w: reasonWords("pt"),
      r: { kind: "outside-hours" as const },
      text: "nenhuma sessão entre 10:00 e o fim do dia",
    },
    {
      name: "English words from the message file equal the API's",
      w: reasonWords("en"),
      r: clash([0], 1),
      text: "its only screening clashes with Matewan, a must-see",
    },
  ])("$name", ({ w, r, text }) => expect(reasonText(r, ctx, w)).toBe(text));
});

describe("the planner form's refusals beside their fields, in the page's language", () => {
  const limits = { films: 60, breakMinutes: 240 };
  interface Case {
    name: string;
    locale: string;
    errors: Record<string, string>;
    from: string;
    said: Record<string, string>;
  }
  const cases: Case[] = [
    {
      name: "hours in the wrong order, English",
      locale: "en",
      errors: { to: "must be later than 20:00" },
      from: "20:00",
      said: { to: "must be later than 20:00" },
    },
    {
      name: "hours in the wrong order, Portuguese",
      locale: "pt",
      errors: { to: "must be later than 20:00" },
      from: "20:00",
      said: { to: "tem de ser depois das 20:00" },
    },
    {
      name: "a bad time, Portuguese",
      locale: "pt",
      errors: { from: "from must be a time of day HH:MM, e.g. 10:00" },
      from: "25:00",
      said: { from: "deve ser uma hora do dia HH:MM, p. ex. 10:00" },
    },
    {
      name: "too many films, Portuguese",
      locale: "pt",
      errors: { films: "films: at most 60 films" },
      from: "",
      said: { films: "no máximo 60 filmes, contando os imperdíveis" },
    },
    {
      name: "a bad break, English",
      locale: "en",
      errors: { breakMinutes: "breakMinutes must be at most 240" },
      from: "",
      said: { breakMinutes: "must be a whole number of minutes from 0 to 240" },
    },
    { name: "a field it does not know keeps its message", locale: "pt", errors: { other: "x" }, from: "", said: { other: "x" } },
  ];
  it.each(cases)("$name", ({ locale, errors, from, said }) => expect(plannerErrors(locale, errors, { from }, limits)).toEqual(said));
});
