/** Runs once when the Next server starts: migrations, the first admin, the demo festival, the release cache, the released sites. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRefusalsOnOneLine } = await import("./server/logging");
    logRefusalsOnOneLine();
    const { releaseCache } = await import("./server/release-cache");
    releaseCache();
    const { startUp } = await import("./server/startup");
    startUp();
    // Each edition's current release is rendered and served by the front as soon as it listens.
    const { serveReleasesOnceListening } = await import("./server/release-site");
    serveReleasesOnceListening();
  }
}
