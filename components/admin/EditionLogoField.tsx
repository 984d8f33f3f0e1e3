"use client";

import { LOGO_MAX_BYTES, logoAddress } from "@/lib/images";
import type { Edition } from "@/lib/types";
import { buttonClass } from "./Field";
import { FileInput, overLimit, RemoveButton, UploadMessage, useUpload } from "./UploadField";

/** The festival's logo (PUT /api/v1/editions/{slug}/logo): an SVG (scripts and outside references removed) or a PNG. */
export function EditionLogoField({ edition }: { edition: Edition }) {
  const { pending, message, send, refuse } = useUpload(["logo"]);
  const path = `/api/v1/editions/${edition.slug}/logo`;
  const logo = edition.logo;
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("logo");
    if (!(file instanceof File) || file.size === 0) return refuse("logo", "Choose an SVG or PNG file first");
    const tooLarge = overLimit("logo", file.size, LOGO_MAX_BYTES);
    if (tooLarge) return refuse("logo", tooLarge);
    send(path, "PUT", data, "Logo saved.");
  };
  return (
    <form
      key={logo?.key ?? "none"}
      onSubmit={onSubmit}
      className="mt-6 grid gap-3 border-t border-stone-300 pt-4"
      aria-label="Logo"
      noValidate
    >
      <h3 className="font-semibold">Logo</h3>
      <UploadMessage message={message} />
      <div className="grid items-start gap-4 sm:grid-cols-[12rem_1fr]">
        <div className="grid h-24 w-48 place-items-center rounded border border-stone-300 bg-white p-2">
          {logo ? (
            // biome-ignore lint/performance/noImgElement: the logo is served as stored (a sanitised SVG or a PNG); Next's optimiser is not used
            <img src={logoAddress(logo)} width={logo.width} height={logo.height} alt={`${edition.name} logo`} className="max-h-20 w-auto" />
          ) : (
            <span className="text-sm text-stone-600">No logo: the name alone</span>
          )}
        </div>
        <div className="grid gap-3">
          <FileInput
            label={logo ? "Replace with" : "Logo file"}
            name="logo"
            accept="image/svg+xml,image/png"
            hint="SVG (scripts, links and outside references are removed) or PNG, at most 2 MB. Shown in the public pages' header."
            error={message.fields.logo}
          />
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={buttonClass} disabled={pending}>
              {pending ? "Saving…" : "Upload logo"}
            </button>
            {logo && (
              <RemoveButton pending={pending} onRemove={() => send(path, "DELETE", undefined, "Logo removed.")}>
                Remove logo
              </RemoveButton>
            )}
          </div>
        </div>
      </div>
    </form>
  );
}
