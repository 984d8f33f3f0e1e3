"use client";

import { FILM_IMAGE_MAX_BYTES, filmImageAddress, filmImageWidths, heightAt } from "@/lib/images";
import { displayTitle } from "@/lib/names";
import type { Film } from "@/lib/types";
import { buttonClass, Field } from "./Field";
import { FileInput, overLimit, RemoveButton, UploadMessage, useUpload } from "./UploadField";

/**
 * The film's poster or still (PUT /api/v1/films/{id}/image): a JPEG, PNG or WebP of at most
 * 10 MB, with its alt text (empty: the film's title). Its own form, above the film form (not keyed
 * by the film's version, so that its message outlives the refresh after a save).
 */
export function FilmImageField({ film }: { film: Film }) {
  const { pending, message, send, refuse } = useUpload(["image", "alt"]);
  const path = `/api/v1/films/${film.id}/image`;
  const image = film.image;
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("image");
    const alt = String(data.get("alt") ?? "");
    if (file instanceof File && file.size > 0) {
      const tooLarge = overLimit("image", file.size, FILM_IMAGE_MAX_BYTES);
      if (tooLarge) return refuse("image", tooLarge);
      return send(path, "PUT", data, "Image saved.");
    }
    if (image) return send(path, "PATCH", { alt }, "Alt text saved.");
    refuse("image", "Choose a JPEG, PNG or WebP file first");
  };
  const previewWidth = image ? (filmImageWidths(image.width).at(0) ?? image.width) : 0;
  return (
    // A new image or alt text (after router.refresh) gives the inputs their new defaults; the message stays.
    <form
      key={image ? `${image.key} ${image.alt}` : "none"}
      onSubmit={onSubmit}
      className="grid gap-3 border-b border-stone-300 pb-4"
      aria-label="Film image"
      noValidate
    >
      <h2 className="font-semibold">Image</h2>
      <UploadMessage message={message} />
      <div className="grid items-start gap-4 sm:grid-cols-[10rem_1fr]">
        <div className="grid min-h-24 w-40 place-items-center overflow-hidden rounded border border-stone-300 bg-stone-100">
          {image ? (
            // biome-ignore lint/performance/noImgElement: a preview of the smallest stored size; the media route serves ready-made sizes
            <img
              src={filmImageAddress(image.key, previewWidth, "webp")}
              width={previewWidth}
              height={heightAt(image, previewWidth)}
              alt={image.alt}
              className="h-auto w-full"
              data-field="image-preview"
            />
          ) : (
            <span className="p-2 text-center text-sm text-stone-600">No image yet</span>
          )}
        </div>
        <div className="grid gap-3">
          <FileInput
            label={image ? "Replace with" : "Poster or still"}
            name="image"
            accept="image/jpeg,image/png,image/webp"
            hint="JPEG, PNG or WebP, at most 10 MB. Shown on the film's public page in sizes up to 1280 pixels wide."
            error={message.fields.image}
          />
          <Field
            label="Alt text"
            name="alt"
            defaultValue={image?.alt ?? ""}
            error={message.fields.alt}
            hint={`What the picture shows, for people who cannot see it. Empty: "${displayTitle(film)}".`}
          />
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={buttonClass} disabled={pending}>
              {pending ? "Saving…" : image ? "Save image" : "Upload image"}
            </button>
            {image && (
              <RemoveButton pending={pending} onRemove={() => send(path, "DELETE", undefined, "Image removed.")}>
                Remove image
              </RemoveButton>
            )}
          </div>
        </div>
      </div>
    </form>
  );
}
