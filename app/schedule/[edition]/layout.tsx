import { EditionFooter } from "@/components/public/EditionFooter";
import { accentTheme, themeProperties } from "@/lib/colour";
import { getPublished } from "@/server/services/public";

/**
 * Every public page of an edition in the festival's colours: the accent, the text on it and
 * the accent's readable shade as CSS custom properties (lib/colour.ts) on a style attribute,
 * which the pages' no-script CSP allows (style-src 'unsafe-inline'), then the footer.
 */
export default async function EditionLayout({ children, params }: { children: React.ReactNode; params: Promise<{ edition: string }> }) {
  const published = getPublished((await params).edition);
  const edition = published?.programme.edition;
  return (
    <div className="edition-theme" style={themeProperties(accentTheme(edition?.accentColor ?? null))}>
      {children}
      {published && edition && <EditionFooter edition={edition} version={published.version} />}
    </div>
  );
}
