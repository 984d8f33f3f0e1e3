/** A labelled form field with its error next to it (works in server and client components). */
export function Field({
  label,
  name,
  error,
  hint,
  defaultValue,
  type = "text",
  required,
  multiline,
  inputProps,
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  defaultValue?: string | number | null;
  type?: string;
  required?: boolean;
  multiline?: boolean;
  inputProps?: React.InputHTMLAttributes<HTMLInputElement>;
}) {
  const id = `f-${name}`;
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const cls = `w-full rounded border px-2 py-1.5 ${error ? "border-red-700" : "border-stone-400"}`;
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea
          id={id}
          name={name}
          defaultValue={defaultValue ?? ""}
          rows={4}
          className={cls}
          aria-invalid={!!error}
          aria-describedby={describedBy}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue ?? ""}
          required={required}
          className={cls}
          aria-invalid={!!error}
          aria-describedby={describedBy}
          {...inputProps}
        />
      )}
      {hint && (
        <span id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="text-sm text-red-700" data-field-error={name}>
          {error}
        </span>
      )}
    </div>
  );
}

export function FormMessage({ ok, message }: { ok: boolean; message: string }) {
  if (!message) return null;
  return (
    <p role={ok ? "status" : "alert"} className={`rounded p-2 text-sm ${ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}>
      {message}
    </p>
  );
}

export const buttonClass = "rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark disabled:opacity-60";
export const quietButtonClass = "rounded border border-stone-400 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60";
