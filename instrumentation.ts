/** Runs once when the Next server starts: migrations, the first admin, the demo festival, the release cache, the released sites. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRefusalsOnOneLine } = await import("./server/logging");
    logRefusalsOnOneLine();
    const { releaseCache } = await import("./server/release-cache");
    releaseCache();
    const { startUp } = await import("./server/startup");
    try {
      await startUp();
    } catch (e) {
      // A setting Lineup refuses (a weak LINEUP_ADMIN_PASSWORD): say why in one line and do not serve.
      if ((e as Error).name === "WeakAdminPasswordError") {
        console.error(`[lineup] ${(e as Error).message}`);
        process.exit(1);
      }
      throw e;
    }
    // Each edition's current release is rendered and served by the front as soon as it listens.
    const { serveReleasesOnceListening } = await import("./server/release-site");
    serveReleasesOnceListening();
  }
}
