import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: [
      "lib/**/*.test.ts",
      "db/**/*.test.ts",
      "server/**/*.test.ts",
      "scripts/**/*.test.ts",
      "front/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    environment: "node",
    // A different TZ from every festival zone used in tests: proves nothing depends on the host zone.
    env: { TZ: "Pacific/Auckland" },
    testTimeout: 20000,
  },
});
