import type { Metadata, Viewport } from "next";
import "@fontsource-variable/inter";
import "@fontsource-variable/source-serif-4";
import "./globals.css";
import { translator } from "@/server/i18n";
import { requestLocale } from "@/server/i18n-page";

export const metadata: Metadata = {
  title: { default: "Lineup", template: "%s · Lineup" },
  description: "Film festival screening programmes, proven to fit and published.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** Every page in its language (issue 17 §3): proxy.ts tells it from the address; the programmers' area is English. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="skip-link">
          {translator(locale)("common.skip")}
        </a>
        {children}
      </body>
    </html>
  );
}
