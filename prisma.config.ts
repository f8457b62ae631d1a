import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI is only used for `generate` / `validate` / `format`, which never need the
// native schema engine — but Prisma 7 resolves it at start-up and would try to
// download it. Pointing it at any existing file keeps those commands offline.
// Migrations go through scripts/db.ts (the WebAssembly engine) instead.
const offlineCommands = ["generate", "validate", "format"];
if (offlineCommands.some((cmd) => process.argv.includes(cmd))) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
