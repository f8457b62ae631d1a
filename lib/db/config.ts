import path from "node:path";

// Where the data lives. No "server-only" here: the migration and seed scripts use it too.
export type DbConfig =
  | { kind: "pglite"; dataDir: string }
  /** poolSize: connections this process may open (the app's client; scripts use one). */
  | { kind: "postgres"; url: string; poolSize?: number };

export const DEFAULT_DATA_DIR = ".data";

// Enough connections that short answer transactions do not queue behind each other on a
// small server, well under PostgreSQL's default max_connections (100) so a second process
// (migrations, a replica of the app) still fits. Measure before raising it: past the number
// of cores, more connections mostly add contention.
export const DEFAULT_POOL_SIZE = 20;

/** `DATABASE_URL` unset or `file:<dir>` → embedded PGlite; `postgres(ql)://…` → a server. */
export function resolveDbConfig(
  databaseUrl: string | undefined,
  dataDir: string = DEFAULT_DATA_DIR,
  poolSize?: number,
): DbConfig {
  const url = databaseUrl?.trim();
  if (!url) return { kind: "pglite", dataDir: path.resolve(dataDir, "pglite") };
  if (url.startsWith("file:")) {
    return { kind: "pglite", dataDir: path.resolve(url.slice("file:".length)) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", ...withPoolSize(url, poolSize) };
  throw new Error(
    `DATABASE_URL must be a postgres:// URL or file:<directory> (got "${url.split(":")[0]}:…").`,
  );
}

export function describeDbConfig(config: DbConfig): string {
  if (config.kind === "pglite") return `embedded database in ${config.dataDir}`;
  const u = new URL(config.url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/**
 * The pool size: DATABASE_POOL_SIZE if set, else the URL's `connection_limit` parameter (the
 * name Prisma's own engine used), else DEFAULT_POOL_SIZE. The parameter is taken out of the
 * URL: the pg driver would pass it on to the server as an unknown setting.
 */
function withPoolSize(url: string, poolSize?: number): { url: string; poolSize: number } {
  const parsed = new URL(url);
  const fromUrl = Number(parsed.searchParams.get("connection_limit"));
  if (!parsed.searchParams.has("connection_limit"))
    return { url, poolSize: poolSize ?? DEFAULT_POOL_SIZE };
  parsed.searchParams.delete("connection_limit");
  const size = poolSize ?? (Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : DEFAULT_POOL_SIZE);
  return { url: parsed.toString(), poolSize: size };
}
