/** Runs once when the Next server starts: migrations, the first admin, the demo festival. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRefusalsOnOneLine } = await import("./server/logging");
    logRefusalsOnOneLine();
    const { startUp } = await import("./server/startup");
    startUp();
  }
}
