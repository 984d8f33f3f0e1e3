import { describe, expect, it } from "vitest";
import { screeningLanguages, screeningSections, screeningSubtitles } from "./screening-facts";

const film = (languages: string[], subtitles: string | null, section: string | null = null) => ({ languages, subtitles, section });
const none = { languages: null, subtitles: null };

describe("screening languages", () => {
  const cases: [string, { languages: string[] | null; subtitles: string | null }, ReturnType<typeof film>[], string[]][] = [
    ["a feature: its own languages", none, [film(["Portuguese"], "English")], ["Portuguese"]],
    [
      "a programme: each language once, in order",
      none,
      [film(["English"], null), film(["Portuguese", "english"], null)],
      ["English", "Portuguese"],
    ],
    ["the screening's override wins", { languages: ["French"], subtitles: null }, [film(["English"], null)], ["French"]],
    ["an override to none (silent film shown as such)", { languages: [], subtitles: null }, [film(["English"], null)], []],
    ["no films: none", none, [], []],
  ];
  for (const [name, s, films, expected] of cases) it(name, () => expect(screeningLanguages(s, films)).toEqual(expected));
});

describe("screening subtitles", () => {
  const cases: [string, { languages: string[] | null; subtitles: string | null }, ReturnType<typeof film>[], string | null][] = [
    ["the film's", none, [film(["Portuguese"], "English")], "English"],
    ["a print with Portuguese subtitles", { languages: null, subtitles: "Portuguese" }, [film(["English"], "English")], "Portuguese"],
    ["a programme that agrees", none, [film(["a"], "English"), film(["b"], "english")], "English"],
    ["a programme that does not: both named", none, [film(["a"], "English"), film(["b"], "Portuguese")], "English, Portuguese"],
    ["none anywhere", none, [film(["a"], null)], null],
  ];
  for (const [name, s, films, expected] of cases) it(name, () => expect(screeningSubtitles(s, films)).toBe(expected));
});

describe("screening sections", () => {
  it("each section once, in the films' order", () =>
    expect(
      screeningSections([film([], null, "Shorts"), film([], null, null), film([], null, "Archive"), film([], null, "shorts")]),
    ).toEqual(["Shorts", "Archive"]));
});
