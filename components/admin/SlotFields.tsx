/** Fields of the forms that make slots (the day view's new slot, the board's daily pattern). */
export function VenueSelect({
  venues,
  value,
  onChange,
  className = "py-1.5",
}: {
  venues: { id: number; name: string }[];
  value: number;
  onChange: (venueId: number) => void;
  /** The select's vertical padding. */
  className?: string;
}) {
  return (
    <label className="grid gap-1 text-sm">
      <span className="font-medium">Venue</span>
      <select
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className={`rounded border border-stone-400 px-2 ${className}`}
      >
        {venues.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TimeField({ label, name, value, onChange }: { label: string; name: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="grid gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <input
        name={name}
        type="time"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        className="rounded border border-stone-400 px-2 py-1.5"
      />
    </label>
  );
}
