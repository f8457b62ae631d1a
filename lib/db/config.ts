import path from "node:path";

// Where the data lives. No "server-only" here: the migration and seed scripts use it too.
export type DbConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const DEFAULT_DATA_DIR = ".data";

/** `DATABASE_URL` unset or `file:<dir>` → embedded PGlite; `postgres(ql)://…` → a server. */
export function resolveDbConfig(
  databaseUrl: string | undefined,
  dataDir: string = DEFAULT_DATA_DIR,
): DbConfig {
  const url = databaseUrl?.trim();
  if (!url) return { kind: "pglite", dataDir: path.resolve(dataDir, "pglite") };
  if (url.startsWith("file:")) {
    return { kind: "pglite", dataDir: path.resolve(url.slice("file:".length)) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  throw new Error(
    `DATABASE_URL must be a postgres:// URL or file:<directory> (got "${url.split(":")[0]}:…").`,
  );
}

export function describeDbConfig(config: DbConfig): string {
  if (config.kind === "pglite") return `embedded database in ${config.dataDir}`;
  const u = new URL(config.url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
