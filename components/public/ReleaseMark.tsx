import { releaseMarkContent } from "@/server/release-cache";

/**
 * Names the edition, release and address of a page rendered once per release, so the
 * release cache (server/release-cache.ts) can keep its HTML and serve it from memory.
 * `segments`: the address after /schedule/, as the request had them (params).
 */
export function ReleaseMark({ version, segments }: { version: number; segments: string[] }) {
  const [slug = ""] = segments;
  const path = `/schedule/${segments.map(encodeURIComponent).join("/")}`;
  return <meta name="lineup-release" content={releaseMarkContent(encodeURIComponent(slug), version, path)} />;
}
