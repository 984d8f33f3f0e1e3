import { describe, expect, it } from "vitest";
import { emptyFilmFields } from "./film-entry";

describe("emptyFilmFields: a film added by hand needs a title or a runtime", () => {
  const cases: { name: string; film: { title?: string | null; runtimeMinutes?: number | null }; placeholder: boolean; refused: boolean }[] =
    [
      { name: "an empty form is refused", film: {}, placeholder: false, refused: true },
      { name: "null title and runtime are refused", film: { title: null, runtimeMinutes: null }, placeholder: false, refused: true },
      { name: "a title of spaces is no title", film: { title: "   ", runtimeMinutes: null }, placeholder: false, refused: true },
      { name: "a title alone is enough", film: { title: "Matewan" }, placeholder: false, refused: false },
      { name: "a runtime alone is enough (flagged missing-title)", film: { runtimeMinutes: 90 }, placeholder: false, refused: false },
      { name: "a runtime of 0 minutes is a runtime", film: { runtimeMinutes: 0 }, placeholder: false, refused: false },
      { name: "an explicit placeholder may be empty", film: {}, placeholder: true, refused: false },
    ];
  it.each(cases)("$name", ({ film, placeholder, refused }) => {
    const fields = emptyFilmFields(film, placeholder);
    expect(fields !== null).toBe(refused);
    if (fields) {
      expect(fields.title).toMatch(/title or a runtime/);
      expect(fields.title).toMatch(/placeholder/);
      expect(fields.runtimeMinutes).toMatch(/runtime or a title/);
    }
  });
});
