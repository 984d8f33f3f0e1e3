import type { Metadata } from "next";
import { EditionHome } from "@/components/status/EditionHome";
import { StatusPage } from "@/components/status/StatusPage";
import { translator } from "@/server/i18n";
import { requestLocale } from "@/server/i18n-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("notFound.title") };
}

/**
 * A day, venue, film or festival that is not in the published programme: before the first
 * release, after a film was taken out, or a mistyped address.
 */
export default async function ScheduleNotFound() {
  const t = translator(await requestLocale());
  return (
    <StatusPage status="404" title={t("notFound.title")} links={[{ href: "/", label: t("notFound.every") }]}>
      <p>{t("notFound.text")}</p>
      <p>
        <EditionHome />
      </p>
    </StatusPage>
  );
}
