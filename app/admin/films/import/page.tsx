import type { Metadata } from "next";
import { ImportScreen } from "@/components/admin/ImportScreen";

export const metadata: Metadata = { title: "Import films" };

export default function ImportPage() {
  return (
    <div className="grid gap-4">
      <h1 className="font-serif text-3xl font-bold">Import films</h1>
      <p className="max-w-3xl text-sm text-stone-700">
        Paste an archive page, an old festival site or a spreadsheet (CSV or TSV with a header row), or upload a .txt, .html or .csv file.
        Lineup shows what it understood first; nothing is written until you press Import. Phone numbers, e-mail and postal addresses are
        moved to the film&apos;s internal notes and never published.
      </p>
      <ImportScreen />
    </div>
  );
}
