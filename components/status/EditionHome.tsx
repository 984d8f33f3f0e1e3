"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A link to the programme of the edition in the address (/schedule/{edition}/...).
 * A not-found page gets no params; the pathname is known while rendering on the server,
 * so the link is in the HTML and needs no JavaScript.
 */
export function EditionHome() {
  const slug = /^\/schedule\/([^/]+)/.exec(usePathname() ?? "")?.[1];
  if (!slug) return null;
  return (
    <Link href={`/schedule/${slug}`} className="underline underline-offset-2">
      This festival&apos;s programme
    </Link>
  );
}
