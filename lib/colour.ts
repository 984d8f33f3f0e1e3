/**
 * An edition's accent colour made safe to read (WCAG 2.x, AA for body text: 4.5:1):
 * - textOn: the text colour on a fill of the accent, white or black, whichever contrasts more.
 *   One of the two always reaches 4.5:1 (the worst case, a mid grey of luminance 0.18, gives
 *   4.58:1 either way), so `meets` is false only for a threshold set above that.
 * - readableShade: where the accent colours text on the page, the accent itself when it
 *   reaches the contrast on every background given, else the nearest shade that does, found
 *   by moving its OKLCH lightness (hue kept, chroma pulled into sRGB's gamut).
 * - accentTheme: the CSS custom properties a public page sets for its edition.
 */
import {
  clampChroma,
  formatHex,
  modeLrgb,
  modeOklab,
  modeOklch,
  modeRgb,
  type Oklch,
  useMode as registerMode,
  wcagContrast,
} from "culori/fn";

// culori/fn registers only the colour spaces asked for (a small bundle for the edition form).
registerMode(modeRgb);
registerMode(modeLrgb);
registerMode(modeOklab);
const toOklch = registerMode(modeOklch);

/** WCAG 2.x AA for body text. */
export const MIN_CONTRAST = 4.5;
export const WHITE = "#ffffff";
export const BLACK = "#000000";
/** Lineup's own accent, for an edition without one (globals.css has the same). */
const DEFAULT_ACCENT = "#b3261e";
/** The public pages' background (globals.css --color-paper) and their cards' (white). */
export const PAGE_BACKGROUNDS = ["#fbfaf7", WHITE] as const;

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColour(v: string): boolean {
  return HEX.test(v);
}

/** The WCAG contrast ratio of two "#rrggbb" colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  return wcagContrast(a, b);
}

export interface TextOnAccent {
  /** White or black. */
  text: typeof WHITE | typeof BLACK;
  ratio: number;
  meets: boolean;
  /** In words, e.g. "white text, 7.1:1" or "black text, 4.2:1: neither white nor black reaches 4.5:1". */
  note: string;
}

const NAME = { [WHITE]: "white", [BLACK]: "black" } as const;

/** The text colour on a fill of `accent`: white or black, whichever reaches `min` (the higher contrast when both or neither do). */
export function textOn(accent: string, min = MIN_CONTRAST): TextOnAccent {
  const white = contrast(accent, WHITE);
  const black = contrast(accent, BLACK);
  const text = white >= black ? WHITE : BLACK;
  const ratio = Math.max(white, black);
  const meets = ratio >= min;
  const said = `${NAME[text]} text, ${ratio.toFixed(1)}:1`;
  return { text, ratio, meets, note: meets ? said : `${said}: neither white nor black reaches ${min}:1` };
}

function worstContrast(colour: string, backgrounds: readonly string[]): number {
  return Math.min(...backgrounds.map((b) => contrast(colour, b)));
}

/** `base` with OKLCH lightness `l`, brought into sRGB by lowering its chroma. */
function atLightness(base: Oklch, l: number): string {
  return formatHex(clampChroma({ ...base, l }, "oklch"));
}

/**
 * The accent as a text colour on `backgrounds`: itself when it reaches `min` on each, else the
 * shade nearest to it in OKLCH lightness that does (darker on light backgrounds, lighter on dark).
 */
export function readableShade(accent: string, backgrounds: readonly string[] = PAGE_BACKGROUNDS, min = MIN_CONTRAST): string {
  if (worstContrast(accent, backgrounds) >= min) return accent;
  const base = toOklch(accent);
  if (!base) return accent;
  const towardsBlack = worstContrast(BLACK, backgrounds) >= worstContrast(WHITE, backgrounds);
  // Binary search between the accent's own lightness (fails) and black or white (the far end).
  let near = base.l;
  let far = towardsBlack ? 0 : 1;
  for (let i = 0; i < 24; i++) {
    const mid = (near + far) / 2;
    if (worstContrast(atLightness(base, mid), backgrounds) >= min) far = mid;
    else near = mid;
  }
  const shade = atLightness(base, far);
  return worstContrast(shade, backgrounds) >= min ? shade : towardsBlack ? BLACK : WHITE;
}

export interface AccentTheme {
  /** The accent itself: fills and rules. */
  accent: string;
  /** Text on an accent fill. */
  onAccent: string;
  /** The accent as text (and links) on the page's backgrounds. */
  accentText: string;
}

/** The theme of an edition's public pages; Lineup's own accent when it has none (or it is not "#rrggbb"). */
export function accentTheme(accentColor: string | null): AccentTheme {
  const accent = accentColor && isHexColour(accentColor) ? accentColor.toLowerCase() : DEFAULT_ACCENT;
  return { accent, onAccent: textOn(accent).text, accentText: readableShade(accent) };
}

/** The theme as the CSS custom properties of globals.css's @theme (a style attribute's value). */
export function themeProperties(t: AccentTheme): Record<string, string> {
  return { "--color-accent": t.accent, "--color-on-accent": t.onAccent, "--color-accent-dark": t.accentText };
}
