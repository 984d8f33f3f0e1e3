/** A film's flags (missing title or runtime, personal data) as amber badges; `className` sets their spacing and size. */
export function FilmFlags({ flags, className = "mr-1 px-1.5" }: { flags: readonly string[]; className?: string }) {
  return (
    <>
      {flags.map((flag) => (
        <span key={flag} className={`rounded bg-amber-100 text-amber-900 ${className}`}>
          {flag}
        </span>
      ))}
    </>
  );
}
