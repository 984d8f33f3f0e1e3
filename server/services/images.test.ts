import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { closeAll, getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { ServiceError } from "@/server/errors";
import { lisbonEdition } from "@/server/test/db";
import { createFilm } from "./films";
import { removeFilmImage, removeLogo, setFilmImageAlt, uploadFilmImage, uploadLogo } from "./images";

const admin = lisbonEdition("images-test", "Images test");
afterAll(() => closeAll());

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 10, g: 120, b: 60 } } })
    .png()
    .toBuffer();

describe("film images", () => {
  it("the alt text is the film's title unless one is given; each change is audited and bumps the version", async () => {
    const film = createFilm(admin, { title: "Modern Times", runtimeMinutes: 87 });
    const withImage = await uploadFilmImage(admin, film.id, { bytes: await png(50, 30), text: {} });
    expect(withImage.image).toMatchObject({ width: 50, height: 30, alt: "Modern Times" });
    expect(withImage.version).toBe(film.version + 1);
    expect(setFilmImageAlt(admin, film.id, { alt: "A man in the gears" }).image?.alt).toBe("A man in the gears");
    expect(setFilmImageAlt(admin, film.id, { alt: "" }).image?.alt).toBe("Modern Times");
    expect(removeFilmImage(admin, film.id).image).toBeNull();
    const summaries = listAudit(getDb(), { entity: "film", entityId: film.id }).map((a) => a.summary);
    expect(summaries).toEqual(
      expect.arrayContaining(["Modern Times: image uploaded", "Modern Times: image's alt text changed", "Modern Times: image removed"]),
    );
  });

  it("refuses the public (401) before anything, personal data in the alt text (422), and alt text without an image (404)", async () => {
    const film = createFilm(admin, { title: "Metropolis", runtimeMinutes: 153 });
    const bytes = await png(20, 20);
    await expect(uploadFilmImage(null, film.id, { bytes, text: {} })).rejects.toMatchObject({ status: 401 });
    const e = await uploadFilmImage(admin, film.id, { bytes, text: { alt: "call +351 912 345 678" } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ServiceError);
    expect(e).toMatchObject({ status: 422, fields: { alt: expect.stringMatching(/personal data/) } });
    expect(() => setFilmImageAlt(admin, film.id, { alt: "x" })).toThrow(/no image|not found/i);
  });
});

describe("edition logos", () => {
  it("sets and removes the edition's logo", async () => {
    const edition = await uploadLogo(admin, "images-test", { bytes: await png(90, 30), text: {} });
    expect(edition.logo).toMatchObject({ type: "png", width: 90, height: 30 });
    expect(removeLogo(admin, "images-test").logo).toBeNull();
  });
});
