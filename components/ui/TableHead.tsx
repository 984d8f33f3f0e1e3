import type { ReactNode } from "react";

type Column = string | { key: string; label: ReactNode };

/** A table's header row: one column header per label (a label that is not text gives its own key). */
export function TableHead({
  columns,
  rowClassName,
  cellClassName,
}: {
  columns: readonly Column[];
  rowClassName?: string;
  cellClassName?: string;
}) {
  return (
    <thead>
      <tr className={rowClassName}>
        {columns.map((c) => {
          const { key, label } = typeof c === "string" ? { key: c, label: c } : c;
          return (
            <th key={key} scope="col" className={cellClassName}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
