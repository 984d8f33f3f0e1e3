import type { Metadata } from "next";
import { EditionFooter } from "@/components/public/EditionFooter";
import { accentTheme, themeProperties } from "@/lib/colour";
import { logoAddress } from "@/lib/images";
import { publishedHere } from "@/server/i18n-page";

type Props = { params: Promise<{ edition: string }> };

/** The edition's pages are the festival's own: no "· Lineup" in their titles; its logo, else a square of its accent, as their icon. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = (await publishedHere((await params).edition))?.programme.edition;
  if (!edition) return {};
  const square = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${accentTheme(edition.accentColor).accent}"/></svg>`;
  const icon = edition.logo ? logoAddress(edition.logo) : `data:image/svg+xml,${encodeURIComponent(square)}`;
  return { title: { template: "%s", default: edition.name }, icons: { icon } };
}

/**
 * Every public page of an edition in the festival's colours: the accent, the text on it and
 * the accent's readable shade as CSS custom properties (lib/colour.ts) on a style attribute,
 * which the pages' no-script CSP allows (style-src 'unsafe-inline'), then the footer.
 */
export default async function EditionLayout({ children, params }: Props & { children: React.ReactNode }) {
  const published = await publishedHere((await params).edition);
  const edition = published?.programme.edition;
  return (
    <div className="edition-theme" style={themeProperties(accentTheme(edition?.accentColor ?? null))}>
      {children}
      {published && edition && <EditionFooter edition={edition} version={published.version} />}
    </div>
  );
}
