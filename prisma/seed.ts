// The demo study: `npm run db:seed` (run with the react-server condition, see package.json).
import { resolveDbConfig } from "../lib/db/config.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { loadEnv } from "../lib/env-schema.ts";
import { createDemoClosedRound } from "../demo/create-demo-closed-round.ts";
import { createDemoPublishedStudy } from "../demo/create-demo-published-study.ts";
import { createDemoStudy } from "../demo/create-demo-study.ts";
import { DEMO_FACILITATOR_EMAIL } from "../demo/demo-content.ts";

const env = loadEnv(process.env);
const { client, close } = await createPrismaClient(resolveDbConfig(env.DATABASE_URL, env.DATA_DIR));
try {
  // The whole demo or none of it. It takes about a second alone, but a test run starts
  // three servers seeding at once, and under other load Prisma's 5 s default ran out.
  const { created } = await client.$transaction(
    async (tx) => {
      const study = await createDemoStudy(tx);
      await createDemoClosedRound(tx);
      await createDemoPublishedStudy(tx);
      return study;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  console.log(
    created
      ? `Demo study created; facilitator: ${DEMO_FACILITATOR_EMAIL}`
      : "Demo study already present.",
  );
} finally {
  await close();
}
