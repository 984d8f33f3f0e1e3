import type { Metadata } from "next";
import { StatusPage } from "@/components/status/StatusPage";
import { KnownStatusPage } from "@/components/status/StatusPages";
import { BASE_LOCALE } from "@/lib/i18n";
import { translator } from "@/server/i18n";
import { requestLocale } from "@/server/i18n-page";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: locale === BASE_LOCALE ? "Not found" : translator(locale)("notFound.title") };
}

/** Any address Lineup does not have, rendered on the server (no script needed); in the language of the address (/pt/schedule/...). */
export default async function NotFound() {
  const locale = await requestLocale();
  if (locale === BASE_LOCALE) return <KnownStatusPage kind="not-found" />;
  const t = translator(locale);
  return (
    <StatusPage status="404" title={t("notFound.title")} links={[{ href: "/", label: t("notFound.every") }]}>
      <p>{t("notFound.text")}</p>
    </StatusPage>
  );
}
