import fs from "node:fs";
import { Readable } from "node:stream";
import { actorOf, route } from "@/server/http";
import { downloadBackup } from "@/server/services/backup";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/backup (admin): a consistent copy of the database, made while the server
 * runs and checked (integrity_check, Lineup's tables) before it is sent, as an SQLite file.
 * 401 signed out, 403 for other roles.
 */
export const GET = route(async (req) => {
  const b = await downloadBackup(actorOf(req));
  const stream = fs.createReadStream("", { fd: b.fd, autoClose: true });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "content-type": "application/vnd.sqlite3",
      "content-length": String(b.bytes),
      "content-disposition": `attachment; filename="${b.fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
