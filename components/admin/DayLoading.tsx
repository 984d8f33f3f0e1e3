/** Shown while a day's slots load (a big edition takes a moment): the page's frame, quietly pulsing. */
export function DayLoading() {
  return (
    <div className="grid gap-4" aria-busy="true">
      <p role="status" className="text-sm text-stone-700">
        Loading the day&apos;s slots…
      </p>
      <div className="h-9 w-72 animate-pulse rounded bg-stone-200" />
      <div className="grid gap-2">
        {["a", "b", "c", "d"].map((k) => (
          <div key={k} className="h-16 animate-pulse rounded border border-stone-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
