import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

// Matches "@/lib/db/app-db.ts", "@/lib/db/client.ts", "@/lib/generated/prisma/…" and the same
// paths reached relatively ("../../lib/db/app-db.ts").
const databaseModules = String.raw`^(?:@/|(?:\.{1,2}/)+)lib/(?:db|generated/prisma)(?:[./]|$)`;

export default defineConfig([
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "node_modules/**",
    ".data/**",
    "coverage/**",
    "lib/generated/**",
    "playwright-report/**",
    "test-results/**",
    // StrykerJS's sandbox copy of the project while a mutation run is under way, and its reports.
    ".stryker-tmp/**",
    "reports/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  // eslint-config-next/typescript is this same set with two rules relaxed to warnings.
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Components render what they are given; data comes in through props from routes and lib/.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@prisma/client", message: "Components must not touch the database." }],
          patterns: [
            {
              regex: databaseModules,
              message:
                "Components must not touch the database: load data in the page through lib/ and pass props.",
            },
          ],
        },
      ],
    },
  },
]);
