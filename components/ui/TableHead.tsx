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

/** The header row of the programmers' area's lists (catalogue, audit log): ruled, left-aligned, cells padded like the rows'. */
export function ListTableHead({ columns }: { columns: readonly Column[] }) {
  return <TableHead columns={columns} rowClassName="border-b border-stone-400 text-left" cellClassName="py-1 pr-2" />;
}
