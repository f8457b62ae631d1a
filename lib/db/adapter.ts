import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { acquireDataDirLock, releaseDataDirLock } from "./pglite-lock.ts";
import type { DbConfig } from "./config.ts";

export type OpenedAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Releases the connection(s) and, for PGlite, the directory lock. */
  close: () => Promise<void>;
};

export async function openAdapter(config: DbConfig): Promise<OpenedAdapter> {
  if (config.kind === "postgres") {
    const factory = new PrismaPg({ connectionString: config.url, max: config.poolSize });
    return { factory, close: async () => {} };
  }
  acquireDataDirLock(config.dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: config.dataDir });
  } catch (error) {
    releaseDataDirLock(config.dataDir);
    throw error;
  }
  return {
    factory: pgliteFactory(client),
    close: async () => {
      // pglite-prisma-adapter's dispose() is a no-op: an open PGlite keeps Node alive.
      if (!client.closed) await client.close();
      releaseDataDirLock(config.dataDir);
    },
  };
}

/** An adapter factory on an already open PGlite (tests use in-memory ones). */
export function pgliteFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return fixPGliteFactory(client, new PrismaPGlite(client));
}

// pglite-prisma-adapter 0.7.2 does not await PGlite.exec() in executeScript, so a failing
// migration would be recorded as applied. Await it and surface the error.
function fixPGliteFactory(
  client: PGlite,
  inner: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter, target: PGlite): SqlDriverAdapter => {
    const onError = (adapter as unknown as { onError: (e: unknown) => never }).onError.bind(
      adapter,
    );
    adapter.executeScript = async (script: string) => {
      try {
        await target.exec(script);
      } catch (error) {
        onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => patch(await inner.connect(), client),
    connectToShadowDb: async () => {
      const shadow = new PGlite("memory://");
      const { PrismaPGlite: Factory } = await import("pglite-prisma-adapter");
      return patch(await new Factory(shadow).connect(), shadow);
    },
  };
}
