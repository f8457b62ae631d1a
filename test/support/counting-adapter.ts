import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** The SQL statements a client sent, in order; tests clear it and read it around a call. */
export type QueryLog = { statements: string[] };

/**
 * Wraps an adapter factory so every statement it sends (on the connection or inside a
 * transaction) is recorded: how a test counts round trips without a mocked client.
 */
export function countingFactory(
  inner: SqlMigrationAwareDriverAdapterFactory,
  log: QueryLog,
): SqlMigrationAwareDriverAdapterFactory {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === "connect")
        return async () => recording(await target.connect(), log) as SqlDriverAdapter;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function recording<T extends SqlDriverAdapter | Transaction>(inner: T, log: QueryLog): T {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === "queryRaw" || prop === "executeRaw")
        return (query: SqlQuery) => {
          log.statements.push(query.sql);
          return (target[prop] as (q: SqlQuery) => Promise<unknown>).call(target, query);
        };
      if (prop === "startTransaction")
        return async (...args: unknown[]) =>
          recording(
            await (target as SqlDriverAdapter).startTransaction(
              ...(args as Parameters<SqlDriverAdapter["startTransaction"]>),
            ),
            log,
          );
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
