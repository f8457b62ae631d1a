// Offline migrations: npm run db:new -- <name> | db:deploy | db:status | db:check
import { describeDbConfig, resolveDbConfig } from "../lib/db/config.ts";
import {
  createMigration,
  deployMigrations,
  diffSchemaAgainstMigrations,
  getMigrationStatus,
} from "../lib/db/migrations.ts";
import { loadEnv } from "../lib/env-schema.ts";

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const env = loadEnv(process.env);
  const config = () => resolveDbConfig(env.DATABASE_URL, env.DATA_DIR);

  switch (command) {
    case "new": {
      const dir = await createMigration(args.join(" "));
      console.log(dir ? `Created ${dir}` : "The schema matches the migrations: nothing to create.");
      return 0;
    }
    case "deploy": {
      const applied = await deployMigrations(config());
      const where = describeDbConfig(config());
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s) to the ${where}: ${applied.join(", ")}`
          : `The ${where} is up to date.`,
      );
      return 0;
    }
    case "status": {
      const s = await getMigrationStatus(config());
      console.log(`Database: ${describeDbConfig(config())}`);
      if (!s.hasMigrationsTable) console.log("No migrations applied yet.");
      if (s.pending.length) console.log(`Pending: ${s.pending.join(", ")}`);
      if (s.failed.length) console.log(`Failed: ${s.failed.join(", ")}`);
      if (s.edited.length) console.log(`Edited after being applied: ${s.edited.join(", ")}`);
      if (s.unknownInDatabase.length)
        console.log(`Applied but missing here: ${s.unknownInDatabase.join(", ")}`);
      const clean =
        s.hasMigrationsTable && !s.pending.length && !s.failed.length && !s.edited.length;
      if (clean) console.log("Up to date.");
      return clean ? 0 : 1;
    }
    case "check": {
      const sql = await diffSchemaAgainstMigrations();
      if (!sql.trim()) {
        console.log("Migrations match prisma/schema.prisma.");
        return 0;
      }
      console.error(
        "prisma/schema.prisma has changes without a migration. Run `npm run db:new -- <name>`.\n" +
          "Missing SQL:\n" +
          sql,
      );
      return 1;
    }
    default:
      console.error("Usage: tsx scripts/db.ts new <name> | deploy | status | check");
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
