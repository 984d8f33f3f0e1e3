import { describe, expect, it } from "vitest";
import { accentTheme, BLACK, contrast, MIN_CONTRAST, PAGE_BACKGROUNDS, readableShade, textOn, themeProperties, WHITE } from "./colour";

describe("contrast: WCAG 2.x relative luminance", () => {
  it.each([
    { name: "black on white, the maximum", a: BLACK, b: WHITE, ratio: 21 },
    { name: "same colour, the minimum", a: "#7a1f2b", b: "#7a1f2b", ratio: 1 },
    { name: "symmetric", a: WHITE, b: BLACK, ratio: 21 },
    { name: "#777 on white, the well-known near miss", a: "#777777", b: WHITE, ratio: 4.48 },
    { name: "#767676 on white, the darkest grey that passes", a: "#767676", b: WHITE, ratio: 4.54 },
    { name: "pure red on white", a: "#ff0000", b: WHITE, ratio: 4.0 },
    { name: "yellow on white", a: "#ffff00", b: WHITE, ratio: 1.07 },
  ])("$name: $a on $b = $ratio", ({ a, b, ratio }) => expect(contrast(a, b)).toBeCloseTo(ratio, 2));
});

describe("textOn: white or black on an accent fill", () => {
  it.each([
    { name: "a dark wine", accent: "#7a1f2b", text: WHITE },
    { name: "Lineup's red", accent: "#b3261e", text: WHITE },
    { name: "a light saffron", accent: "#f2c14e", text: BLACK },
    { name: "pure yellow", accent: "#ffff00", text: BLACK },
    { name: "pure red: black reads better (5.3:1) than white (4.0:1)", accent: "#ff0000", text: BLACK },
    { name: "navy", accent: "#1b2a4a", text: WHITE },
    { name: "a light mint", accent: "#a8e6cf", text: BLACK },
    { name: "mid grey #767676: white passes (4.54:1), black more so (4.62:1)", accent: "#767676", text: BLACK },
    { name: "mid grey #777777: white misses (4.48:1), black passes", accent: "#777777", text: BLACK },
    { name: "#595959: white clearly", accent: "#595959", text: WHITE },
    { name: "mid grey #808080", accent: "#808080", text: BLACK },
    { name: "white", accent: WHITE, text: BLACK },
    { name: "black", accent: BLACK, text: WHITE },
  ])("$name ($accent): $text", ({ accent, text }) => {
    const t = textOn(accent);
    expect(t.text).toBe(text);
    expect(t.ratio).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(t.ratio).toBeCloseTo(contrast(accent, text), 6);
    expect(t.meets).toBe(true);
    expect(t.note).toMatch(/^(white|black) text, \d+\.\d:1$/);
  });

  it("every grey reaches 4.5:1 with white or black: the worst is near luminance 0.18, at about 4.6:1", () => {
    let worst = 21;
    for (let v = 0; v < 256; v++) {
      const hex = `#${v.toString(16).padStart(2, "0").repeat(3)}`;
      worst = Math.min(worst, textOn(hex).ratio);
    }
    expect(worst).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(worst).toBeLessThan(4.7);
  });

  it("says so when neither white nor black reaches the threshold asked for (AAA's 7:1 on a mid grey)", () => {
    const t = textOn("#777777", 7);
    expect(t.meets).toBe(false);
    expect(t.note).toBe("black text, 4.7:1: neither white nor black reaches 7:1");
  });
});

describe("readableShade: the accent as text on the page", () => {
  it.each([
    { name: "a dark wine already reads: kept", accent: "#7a1f2b", kept: true },
    { name: "navy already reads: kept", accent: "#1b2a4a", kept: true },
    { name: "Lineup's red already reads: kept", accent: "#b3261e", kept: true },
    { name: "a light saffron is darkened", accent: "#f2c14e", kept: false },
    { name: "pure yellow is darkened", accent: "#ffff00", kept: false },
    { name: "pure red (4.0:1) is darkened a little", accent: "#ff0000", kept: false },
    { name: "mid grey #777777 (4.48:1) is darkened a little", accent: "#777777", kept: false },
    { name: "a light mint is darkened", accent: "#a8e6cf", kept: false },
    { name: "white becomes a dark grey", accent: WHITE, kept: false },
  ])("$name ($accent)", ({ accent, kept }) => {
    const shade = readableShade(accent);
    for (const bg of PAGE_BACKGROUNDS) expect(contrast(shade, bg), `${shade} on ${bg}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(shade === accent).toBe(kept);
    expect(shade).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("a derived shade is the nearest: just over 4.5:1 on the paper, not black", () => {
    const shade = readableShade("#f2c14e");
    expect(shade).not.toBe(BLACK);
    expect(contrast(shade, "#fbfaf7")).toBeLessThan(4.8);
  });

  it("keeps the hue: saffron stays warm (red > blue), yellow stays yellow-brown (red and green over blue)", () => {
    const rgb = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
    const [r1 = 0, , b1 = 0] = rgb(readableShade("#f2c14e"));
    expect(r1).toBeGreaterThan(b1);
    const [r2 = 0, g2 = 0, b2 = 0] = rgb(readableShade("#ffff00"));
    expect(Math.min(r2, g2)).toBeGreaterThan(b2);
  });

  it("on a dark background it lightens instead", () => {
    const shade = readableShade("#7a1f2b", ["#111111"]);
    expect(contrast(shade, "#111111")).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(shade, BLACK)).toBeGreaterThan(contrast("#7a1f2b", BLACK));
  });
});

describe("accentTheme", () => {
  it.each([
    { name: "none: Lineup's own red", accent: null, expected: { accent: "#b3261e", onAccent: WHITE, accentText: "#b3261e" } },
    { name: "upper case is read", accent: "#7A1F2B", expected: { accent: "#7a1f2b", onAccent: WHITE, accentText: "#7a1f2b" } },
    { name: "not #rrggbb: Lineup's own", accent: "red", expected: { accent: "#b3261e", onAccent: WHITE, accentText: "#b3261e" } },
  ])("$name", ({ accent, expected }) => expect(accentTheme(accent)).toEqual(expected));

  it("a light accent: black on it, a darker shade as text", () => {
    const t = accentTheme("#f2c14e");
    expect(t.onAccent).toBe(BLACK);
    expect(t.accentText).not.toBe("#f2c14e");
    expect(themeProperties(t)).toEqual({ "--color-accent": "#f2c14e", "--color-on-accent": BLACK, "--color-accent-dark": t.accentText });
  });
});
