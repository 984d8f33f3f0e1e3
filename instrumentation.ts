/** Runs once when the Next server starts: migrations, the first admin, the demo festival, the release cache. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRefusalsOnOneLine } = await import("./server/logging");
    logRefusalsOnOneLine();
    const { releaseCache } = await import("./server/release-cache");
    releaseCache();
    const { startUp } = await import("./server/startup");
    startUp();
  }
}
