import { localePath } from "@/lib/i18n";
import type { SnapshotEdition } from "@/lib/types";
import { translator } from "@/server/i18n";
import { languagesOf, pageText } from "@/server/i18n-page";

/**
 * The page in the edition's other languages (issue 17 §3): a switcher naming each language in
 * itself, and `hreflang` alternates (React puts the <link>s in the head). Nothing for an edition
 * in one language.
 */
export async function Languages({ edition }: { edition: SnapshotEdition }) {
  const { locale, t, path } = await pageText();
  const languages = languagesOf(edition);
  if (languages.locales.length < 2) return null;
  const pages = languages.locales.map((l) => ({ locale: l, href: localePath(path, l, languages), name: translator(l)("language.name") }));
  return (
    <>
      {pages.map((p) => (
        <link key={p.locale} rel="alternate" hrefLang={p.locale} href={p.href} />
      ))}
      <nav aria-label={t("language.switcher")} className="bg-ink text-xs text-white" data-languages="">
        <ul className="mx-auto flex max-w-7xl justify-end gap-3 px-4 py-1">
          {pages.map((p) => (
            <li key={p.locale}>
              {p.locale === locale ? (
                <span aria-current="page" lang={p.locale} className="font-bold">
                  {p.name}
                </span>
              ) : (
                <a href={p.href} hrefLang={p.locale} lang={p.locale} className="text-white underline underline-offset-2">
                  {p.name}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
