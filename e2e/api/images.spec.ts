import fs from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import Database from "better-sqlite3";
import sharp from "sharp";
import { DEMO_SLUG, E2E_PUBLISH_DIR } from "@/e2e/constants";
import { anonymous, baseURL, logIn, makeEdition, makeFilm, makeSlot, signedIn, uniqueSlug } from "@/e2e/helpers";

/** Small pictures made in the test (no binaries in the repository). */
const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } });

async function userContext(role: string): Promise<APIRequestContext> {
  const admin = await signedIn();
  const email = `${uniqueSlug(role)}@lineup.test`;
  expect((await admin.post("/api/v1/users", { data: { email, password: "a-long-password-1", role } })).status()).toBe(201);
  const ctx = await request.newContext({ baseURL });
  expect((await ctx.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
  return ctx;
}

const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer });

test.describe("film images: PUT /api/v1/films/{id}/image, /media/films/{key}/{width}.webp|avif", () => {
  test("upload by content (a PNG named .jpg is a PNG), the sizes served with type, size and long cache, alt text, removal", async () => {
    const api = await signedIn();
    const id = await makeFilm(api, { title: "The Organizer", year: 1963, runtimeMinutes: 130 });
    const png = await picture(700, 350).png().toBuffer();
    const put = await api.put(`/api/v1/films/${id}/image`, { multipart: { image: file("poster.jpg", "image/jpeg", png) } });
    expect(put.status(), await put.text()).toBe(200);
    const film = await put.json();
    expect(film.image).toMatchObject({ width: 700, height: 350, alt: "The Organizer" });
    expect(film.image.key).toMatch(/^[0-9a-f]{32}$/);
    expect(film.version).toBe(2);

    for (const [width, format, type] of [
      [320, "webp", "image/webp"],
      [640, "avif", "image/avif"],
      [700, "webp", "image/webp"],
    ] as const) {
      const res = await api.get(`/media/films/${film.image.key}/${width}.${format}`);
      expect(res.status(), `${width}.${format}`).toBe(200);
      expect(res.headers()["content-type"]).toBe(type);
      expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      const meta = await sharp(await res.body()).metadata();
      expect([meta.width, meta.height]).toEqual([width, width / 2]);
    }
    // never upscaled: a 700-wide original has no 1280 size
    expect((await api.get(`/media/films/${film.image.key}/1280.webp`)).status()).toBe(404);

    // the raw body, alt text in the query
    const raw = await api.put(`/api/v1/films/${id}/image?alt=${encodeURIComponent("A crowd at the factory gate")}`, {
      headers: { "content-type": "application/octet-stream" },
      data: await picture(200, 300).webp().toBuffer(),
    });
    expect(raw.status(), await raw.text()).toBe(200);
    expect((await raw.json()).image).toMatchObject({ width: 200, height: 300, alt: "A crowd at the factory gate" });

    const alt = await api.patch(`/api/v1/films/${id}/image`, { data: { alt: "Strikers at the gate" } });
    expect(alt.status()).toBe(200);
    expect((await alt.json()).image.alt).toBe("Strikers at the gate");

    const removed = await api.delete(`/api/v1/films/${id}/image`);
    expect(removed.status()).toBe(200);
    expect((await removed.json()).image).toBeNull();
    expect((await (await api.get(`/api/v1/films/${id}`)).json()).image).toBeNull();
  });

  test("refusals: text named .jpg 415, over 10 MB 413, both naming the field; 401 signed out; 403 for a viewer", async () => {
    const api = await signedIn();
    const id = await makeFilm(api, { title: "Refusals", runtimeMinutes: 90 });
    const text = await api.put(`/api/v1/films/${id}/image`, {
      multipart: { image: file("still.jpg", "image/jpeg", Buffer.from("these are not the pixels you are looking for")) },
    });
    expect(text.status()).toBe(415);
    const body = (await text.json()).error;
    expect(body.code).toBe("unsupported_media_type");
    expect(body.fields.image).toMatch(/JPEG, PNG or WebP.*this file is text/);

    const over = Buffer.alloc(10 * 1024 * 1024 + 1);
    over.set([0xff, 0xd8, 0xff]);
    const big = await api.put(`/api/v1/films/${id}/image`, { multipart: { image: file("big.jpg", "image/jpeg", over) } });
    expect(big.status()).toBe(413);
    expect((await big.json()).error.fields.image).toBe("must be at most 10485760 bytes (10 MB)");
    const bigRaw = await api.put(`/api/v1/films/${id}/image`, { headers: { "content-type": "image/jpeg" }, data: over });
    expect(bigRaw.status()).toBe(413);

    const png = await picture(40, 40).png().toBuffer();
    const anon = await anonymous();
    expect((await anon.put(`/api/v1/films/${id}/image`, { multipart: { image: file("a.png", "image/png", png) } })).status()).toBe(401);
    const viewer = await userContext("viewer");
    expect((await viewer.put(`/api/v1/films/${id}/image`, { multipart: { image: file("a.png", "image/png", png) } })).status()).toBe(403);
    expect((await viewer.delete(`/api/v1/films/${id}/image`)).status()).toBe(403);
    expect((await (await api.get(`/api/v1/films/${id}`)).json()).image).toBeNull();
  });

  test("the film's page in the admin uploads an image with its alt text, and says why a text file is refused", async ({ page }) => {
    const api = await signedIn();
    const id = await makeFilm(api, { title: "Blue Collar", year: 1978, runtimeMinutes: 114 });
    await logIn(page, `/admin/films/${id}`);
    const form = page.getByRole("form", { name: "Film image" });
    await form.getByLabel("Poster or still").setInputFiles(file("notes.jpg", "image/jpeg", Buffer.from("a shopping list")));
    await form.getByRole("button", { name: "Upload image" }).click();
    await expect(form.locator("[data-field-error=image]")).toContainText("this file is text");
    await form.getByLabel("Poster or still").setInputFiles(file("poster.png", "image/png", await picture(400, 600).png().toBuffer()));
    await form.getByLabel("Alt text").fill("Three men at a car plant's gate");
    await form.getByRole("button", { name: "Upload image" }).click();
    await expect(form.getByRole("status")).toHaveText("Image saved.");
    await expect(form.getByRole("img", { name: "Three men at a car plant's gate" })).toBeVisible();
    expect((await (await api.get(`/api/v1/films/${id}`)).json()).image).toMatchObject({
      width: 400,
      height: 600,
      alt: "Three men at a car plant's gate",
    });
  });

  test("unknown keys, sizes and names are 404 (public: no sign-in needed)", async () => {
    const anon = await anonymous();
    for (const address of [
      `/media/films/${"0".repeat(32)}/320.webp`,
      "/media/films/not-a-key/320.webp",
      `/media/films/${"0".repeat(32)}/320.png`,
      `/media/logos/${"0".repeat(32)}.svg`,
      "/media/logos/x.gif",
    ])
      expect((await anon.get(address)).status(), address).toBe(404);
  });
});

const MALICIOUS_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 50" width="200" height="50" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"></iframe></foreignObject>
  <image xlink:href="https://evil.example/pixel.png" width="1" height="1"/>
  <a href="javascript:alert(1)"><rect width="200" height="50" fill="#b00" onmouseover="x()"/></a>
  <text x="8" y="32" fill="#fff">Picket Line</text>
</svg>`;

test.describe("edition logos: PUT /api/v1/editions/{slug}/logo, /media/logos/{key}.svg|png", () => {
  test("an SVG is sanitised and served with a no-load CSP and nosniff; a PNG is accepted; a JPEG is refused; admin only", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const put = await api.put(`/api/v1/editions/${ed.slug}/logo`, {
      multipart: { logo: file("logo.svg", "image/svg+xml", Buffer.from(MALICIOUS_SVG)) },
    });
    expect(put.status(), await put.text()).toBe(200);
    const { logo } = await put.json();
    expect(logo).toMatchObject({ type: "svg", width: 200, height: 50 });
    const served = await (await anonymous()).get(`/media/logos/${logo.key}.svg`);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/svg+xml");
    expect(served.headers()["content-security-policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    const svg = await served.text();
    expect(svg).toContain("Picket Line");
    for (const gone of [/<script/i, /onload|onmouseover/i, /foreignObject/i, /javascript:/i, /evil\.example/i])
      expect(svg).not.toMatch(gone);

    const png = await picture(120, 40).png().toBuffer();
    const pngPut = await api.put(`/api/v1/editions/${ed.slug}/logo`, { headers: { "content-type": "image/png" }, data: png });
    expect(pngPut.status()).toBe(200);
    const pngLogo = (await pngPut.json()).logo;
    expect(pngLogo).toMatchObject({ type: "png", width: 120, height: 40 });
    expect((await api.get(`/media/logos/${pngLogo.key}.png`)).headers()["content-type"]).toBe("image/png");

    const jpeg = await api.put(`/api/v1/editions/${ed.slug}/logo`, {
      multipart: { logo: file("logo.png", "image/png", await picture(8, 8).jpeg().toBuffer()) },
    });
    expect(jpeg.status()).toBe(415);
    expect((await jpeg.json()).error.fields.logo).toMatch(/SVG or PNG/);

    const programmer = await userContext("programmer");
    expect(
      (await programmer.put(`/api/v1/editions/${ed.slug}/logo`, { data: png, headers: { "content-type": "image/png" } })).status(),
    ).toBe(403);
    expect((await api.delete(`/api/v1/editions/${ed.slug}/logo`)).status()).toBe(200);
    expect((await (await api.get(`/api/v1/editions/${ed.slug}`)).json()).logo).toBeNull();
  });
});

test.describe("images in backups, releases and the exported site", () => {
  test("GET /api/v1/backup carries the uploaded images", async () => {
    const api = await signedIn();
    const id = await makeFilm(api, { title: "Backed-up still", runtimeMinutes: 80 });
    const put = await api.put(`/api/v1/films/${id}/image`, {
      multipart: { image: file("s.png", "image/png", await picture(330, 200).png().toBuffer()) },
    });
    const key = (await put.json()).image.key;
    const backup = await api.get("/api/v1/backup");
    expect(backup.status()).toBe(200);
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "lineup-e2e-backup-"));
    const copy = path.join(dir, "backup.db");
    fs.writeFileSync(copy, await backup.body());
    const db = new Database(copy, { readonly: true });
    try {
      const rows = db.prepare("SELECT path FROM lineup_backup_files WHERE path LIKE ?").all(`films/${key}/%`) as { path: string }[];
      expect(rows.map((r) => r.path).sort()).toEqual(
        [
          `films/${key}/320.avif`,
          `films/${key}/320.webp`,
          `films/${key}/330.avif`,
          `films/${key}/330.webp`,
          `films/${key}/original`,
        ].sort(),
      );
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the film page shows the released image as a <picture> with alt text, and the published site holds its files", async ({ page }) => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const id = await makeFilm(api, { title: "Daughters of the Strike", year: 1999, runtimeMinutes: 95 });
    const put = await api.put(`/api/v1/films/${id}/image?alt=${encodeURIComponent("Two women on a picket line in the snow")}`, {
      headers: { "content-type": "image/jpeg" },
      data: await picture(1600, 900).jpeg().toBuffer(),
    });
    expect(put.status(), await put.text()).toBe(200);
    const key = (await put.json()).image.key;
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [id] } })).status()).toBe(200);
    expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);

    const schedule = await (await api.get(`/api/v1/editions/${ed.slug}/schedule`)).json();
    const filmPage = new URL(schedule.days[0].screenings[0].films[0].url, baseURL).pathname;
    await page.goto(filmPage);
    const img = page.getByRole("img", { name: "Two women on a picket line in the snow" });
    await expect(img).toBeVisible();
    await expect(img).toHaveAttribute("width", "640");
    await expect(img).toHaveAttribute("height", "360");
    await expect(page.locator("picture source[type='image/avif']")).toHaveAttribute(
      "srcset",
      new RegExp(`/media/films/${key}/1280\\.avif 1280w`),
    );
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);

    // The site written for the release (LINEUP_PUBLISH_DIR) holds the image files its pages name.
    const media = path.join(E2E_PUBLISH_DIR, ed.slug, "current", "media", "films", key, "640.webp");
    await expect.poll(() => fs.existsSync(media), { timeout: 30_000 }).toBe(true);
    const html = fs.readFileSync(
      path.join(E2E_PUBLISH_DIR, ed.slug, "current", filmPage.replace(`/schedule/${ed.slug}/`, ""), "index.html"),
      "utf8",
    );
    expect(html).toContain(`src="../../media/films/${key}/640.webp"`);
    expect(html).toMatch(new RegExp(`srcset="\\.\\./\\.\\./media/films/${key}/320\\.avif 320w`, "i"));
    expect(html).not.toMatch(/"\/media\//);
  });

  test("the demo festival's film pages show their stills", async ({ page }) => {
    const schedule = await (await anonymous()).get(`/api/v1/editions/${DEMO_SLUG}/schedule`);
    const films = ((await schedule.json()).days as { screenings: { films: { title: string; url: string }[] }[] }[]).flatMap((d) =>
      d.screenings.flatMap((s) => s.films),
    );
    const longShift = films.find((f) => f.title === "The Long Shift");
    expect(longShift).toBeDefined();
    await page.goto(new URL(longShift?.url ?? "/", baseURL).pathname);
    const img = page.locator("main picture img");
    await expect(img).toHaveAttribute("alt", /factory/);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  });
});
