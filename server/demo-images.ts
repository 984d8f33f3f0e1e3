/**
 * Pictures for the demo festival's films, drawn here (no binary in the repository): a still per
 * film, made as SVG shapes and stored like any upload (server/image-store.ts). Abstract on
 * purpose: they stand for a festival's own stills and carry no text.
 */
import sharp from "sharp";
import type { EditionLogo, FilmImage } from "@/lib/types";
import { storeFilmImage, storeLogo } from "./image-store";

const W = 1280;
const H = 720;

/** A factory at dusk: sky, chimneys, lit windows. */
const FACTORY = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1f2a44"/><stop offset="0.7" stop-color="#c2603a"/><stop offset="1" stop-color="#e9a25f"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <rect x="180" y="200" width="70" height="300" fill="#2b2523"/><rect x="320" y="150" width="60" height="350" fill="#2b2523"/>
  <circle cx="980" cy="230" r="70" fill="#f6d68b" opacity="0.85"/>
  <rect x="0" y="430" width="${W}" height="290" fill="#2b2523"/>
  ${Array.from({ length: 12 }, (_, i) => `<rect x="${90 + i * 95}" y="490" width="46" height="60" fill="#f2c66d" opacity="${0.5 + (i % 3) * 0.2}"/>`).join("")}
</svg>`;

/** A picket line on a hill: figures against a pale sky. */
const PICKET = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="${W}" height="${H}" fill="#d9d2c0"/>
  <path d="M0 520 Q 640 380 1280 500 L1280 720 L0 720 Z" fill="#5b5a3f"/>
  ${Array.from({ length: 9 }, (_, i) => {
    const x = 200 + i * 110;
    const y = 440 - Math.sin(i / 2) * 30;
    return `<circle cx="${x}" cy="${y - 95}" r="18" fill="#222"/><rect x="${x - 16}" y="${y - 75}" width="32" height="90" rx="10" fill="#222"/><rect x="${x + 18}" y="${y - 170}" width="6" height="120" fill="#222"/><rect x="${x - 12}" y="${y - 200}" width="70" height="44" fill="#f4efe4" stroke="#222" stroke-width="4"/>`;
  }).join("")}
</svg>`;

/** A coal town at night: hills, a railway, a lamp. */
const COALTOWN = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="${W}" height="${H}" fill="#0f1726"/>
  <path d="M0 400 L260 250 L520 380 L760 220 L1280 420 L1280 720 L0 720 Z" fill="#1d2b3d"/>
  <path d="M0 560 L1280 520 L1280 720 L0 720 Z" fill="#2a2a2a"/>
  ${Array.from({ length: 16 }, (_, i) => `<rect x="${i * 82}" y="${548 - i * 2.5}" width="60" height="8" fill="#6b5b4a"/>`).join("")}
  <rect x="900" y="300" width="10" height="240" fill="#444"/><circle cx="905" cy="295" r="22" fill="#ffd983"/>
  <circle cx="905" cy="295" r="90" fill="#ffd983" opacity="0.12"/>
</svg>`;

/** The demo's stills by the film they belong to (the keys of server/demo.ts FILMS). */
const DEMO_STILLS: Record<string, { svg: string; alt: string }> = {
  longShift: { svg: FACTORY, alt: "A factory's chimneys against a dusk sky, its windows lit for the night shift" },
  salt: { svg: PICKET, alt: "A line of women with placards walking along a hillside" },
  matewan: { svg: COALTOWN, alt: "A coal town's railway at night under a single lamp" },
};

/** Draws and stores the demo's stills (960 x 540: sizes 320, 640 and 960 wide); the film's image for each key. */
export async function demoFilmImages(): Promise<Map<string, FilmImage>> {
  const out = new Map<string, FilmImage>();
  for (const [film, still] of Object.entries(DEMO_STILLS)) {
    const jpeg = await sharp(Buffer.from(still.svg)).resize({ width: 960 }).jpeg({ quality: 85 }).toBuffer();
    const stored = await storeFilmImage(jpeg);
    out.set(film, { key: stored.key, width: stored.width, height: stored.height, alt: still.alt });
  }
  return out;
}

/**
 * The demo festival's logo: a frame of film (a fist's knuckles in it) on a badge of its red, with
 * a thin white rim, so it reads both on the red header and on white paper.
 */
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">
  <rect x="1.5" y="1.5" width="93" height="93" rx="14" fill="#9b1b30" stroke="#fff" stroke-width="3"/>
  ${Array.from({ length: 5 }, (_, i) => `<rect x="${12 + i * 16}" y="10" width="8" height="8" rx="1.5" fill="#fff"/><rect x="${12 + i * 16}" y="78" width="8" height="8" rx="1.5" fill="#fff"/>`).join("")}
  <rect x="14" y="28" width="68" height="40" rx="4" fill="#fff"/>
  ${Array.from({ length: 4 }, (_, i) => `<rect x="${20 + i * 15}" y="34" width="11" height="16" rx="4" fill="#9b1b30"/>`).join("")}
  <rect x="20" y="52" width="56" height="10" rx="3" fill="#9b1b30"/>
</svg>`;

/** Stores the demo festival's logo (a sanitised SVG, like any upload). */
export async function demoLogo(): Promise<EditionLogo> {
  return storeLogo(Buffer.from(LOGO), "logo");
}
