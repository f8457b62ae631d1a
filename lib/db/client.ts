import { PrismaClient } from "../generated/prisma/client.ts";
import { openAdapter } from "./adapter.ts";
import type { DbConfig } from "./config.ts";

export type OpenedClient = { client: PrismaClient; close: () => Promise<void> };

/** A Prisma client on either database; `close()` also releases the embedded directory. */
export async function createPrismaClient(config: DbConfig): Promise<OpenedClient> {
  const opened = await openAdapter(config);
  const client = new PrismaClient({ adapter: opened.factory });
  return {
    client,
    close: async () => {
      await client.$disconnect();
      await opened.close();
    },
  };
}
