import { editionFeed } from "@/app/schedule/[edition]/feeds/serve";

export const dynamic = "force-dynamic";

/** Public: the latest release as schedule.ics (rendered once per release; ETag, 304). */
export const GET = editionFeed("ics");
