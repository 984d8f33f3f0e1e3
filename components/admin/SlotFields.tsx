/** Fields of the forms that make slots (the day view's new slot, the board's daily pattern). */
import { Labelled, Options } from "@/components/ui/FormControls";
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
    <Labelled label="Venue" className="text-sm">
      <select
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className={`rounded border border-stone-400 px-2 ${className}`}
      >
        <Options options={venues.map((v) => ({ value: v.id, label: v.name }))} />
      </select>
    </Labelled>
  );
}

export function TimeField({ label, name, value, onChange }: { label: string; name: string; value: string; onChange: (v: string) => void }) {
  return (
    <Labelled label={label} className="text-sm">
      <input
        name={name}
        type="time"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        className="rounded border border-stone-400 px-2 py-1.5"
      />
    </Labelled>
  );
}
