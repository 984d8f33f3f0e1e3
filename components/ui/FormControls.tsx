import type { ReactNode } from "react";

/** A control with its name above it, all in one <label> (works in server and client components). */
export function Labelled({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control comes in as children, inside the label
    <label className={className ? `grid gap-1 ${className}` : "grid gap-1"}>
      <span className="font-medium">{label}</span>
      {children}
    </label>
  );
}

/** The <option>s of a list of values, each shown as its label (or as itself). */
export function Options({ options }: { options: readonly (string | { value: string | number; label: string })[] }) {
  return options.map((o) => {
    const { value, label } = typeof o === "string" ? { value: o, label: o } : o;
    return (
      <option key={value} value={value}>
        {label}
      </option>
    );
  });
}
