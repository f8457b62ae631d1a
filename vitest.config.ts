import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      {
        find: /^server-only$/,
        replacement: path.resolve(import.meta.dirname, "test/support/empty.ts"),
      },
    ],
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.tsx",
      "scripts/**/*.test.ts",
      "demo/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only add start-up cost (each opens its own database).
    maxWorkers: 2,
    env: { NODE_ENV: "test", NEXTAUTH_SECRET: "vitest-only-secret-0123456789abcdef0123" },
  },
});
