import Link from "next/link";
import { zoneName } from "@/lib/i18n-names";
import type { Programme } from "@/lib/programme";
import { editionBase, pageText } from "@/server/i18n-page";

/** The foot of every public page: the festival, the release shown, and Lineup in small print. Not printed. */
export async function EditionFooter({ edition, version }: { edition: Programme["edition"]; version: number }) {
  const { locale, t } = await pageText();
  const base = editionBase(edition, locale);
  return (
    <footer className="edition-footer no-print mt-12 border-t border-stone-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-6 text-sm text-stone-700">
        <p>
          <span className="font-semibold text-ink" lang={edition.textLang?.name}>
            {edition.name}
          </span>{" "}
          ·{" "}
          {t("footer.timesIn", {
            zone: edition.timeZone.replace(/_/g, " "),
            name: zoneName(edition.timeZone, locale, new Date(`${edition.firstDay}T12:00:00Z`)),
          })}{" "}
          ·{" "}
          <Link href={`${base}/changes`} className="underline underline-offset-2">
            {t("footer.release", { version })}
          </Link>
        </p>
        <p className="text-xs">{t("footer.madeWith")}</p>
      </div>
    </footer>
  );
}
