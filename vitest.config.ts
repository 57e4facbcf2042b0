import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// examples/agent.ts imports the package by name, as a user would; tests run it from source.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^codemode$/, replacement: source("./src/index.ts") },
      { find: /^codemode\/ai$/, replacement: source("./src/ai/index.ts") },
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
