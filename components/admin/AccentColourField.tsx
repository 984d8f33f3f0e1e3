"use client";

import { useState } from "react";
import { accentTheme, isHexColour, textOn } from "@/lib/colour";

/**
 * The edition's accent colour: a colour picker with a text field beside it (the field is what
 * is sent: "#rrggbb", or empty for Lineup's own colours), and a preview of the public header's
 * band with the text colour lib/colour.ts picks for it and its contrast.
 */
export function AccentColourField({ defaultValue, error }: { defaultValue: string | null | undefined; error?: string }) {
  const [value, setValue] = useState(defaultValue ?? "");
  const valid = isHexColour(value);
  const theme = accentTheme(valid ? value : null);
  const describedBy = ["f-accentColor-hint", error ? "f-accentColor-error" : ""].filter(Boolean).join(" ");
  return (
    <div className="grid gap-1">
      <label htmlFor="f-accentColor" className="text-sm font-medium">
        Accent colour
      </label>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label="Pick the accent colour"
          value={valid ? value.toLowerCase() : theme.accent}
          onChange={(ev) => setValue(ev.target.value)}
          className="w-12 shrink-0 cursor-pointer self-stretch rounded border border-stone-400 bg-white p-0.5"
        />
        <input
          id="f-accentColor"
          name="accentColor"
          value={value}
          onChange={(ev) => setValue(ev.target.value)}
          placeholder="#b3261e"
          spellCheck={false}
          autoComplete="off"
          className={`w-full rounded border px-2 py-1.5 font-mono ${error ? "border-red-700" : "border-stone-400"}`}
          aria-invalid={!!error}
          aria-describedby={describedBy}
        />
      </div>
      <span id="f-accentColor-hint" className="text-xs text-stone-600">
        #rrggbb; empty for Lineup&apos;s own red.{" "}
        {valid ? `On the public pages: ${textOn(value).note} on the header.` : value ? "" : "The public pages use #b3261e."}
        {valid && theme.accentText !== theme.accent && ` As text on the page it is darkened to ${theme.accentText} (4.5:1).`}
      </span>
      <span
        className="rounded px-2 py-1 text-sm font-semibold"
        style={{ background: theme.accent, color: theme.onAccent }}
        data-testid="accent-preview"
        aria-hidden="true"
      >
        Festival header preview
      </span>
      {error && (
        <span id="f-accentColor-error" className="text-sm text-red-700" data-field-error="accentColor">
          {error}
        </span>
      )}
    </div>
  );
}
