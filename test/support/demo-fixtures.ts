import {
  createDemoPublishedStudy,
  DEMO_PUBLISHED_SLUG,
} from "@/demo/create-demo-published-study.ts";
import { createDemoStudy } from "@/demo/create-demo-study.ts";
import { DEMO_FACILITATOR_EMAIL } from "@/demo/demo-content.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";

/**
 * The demo's two-round, published study (and the demo facilitator who owns it): what the
 * report, its files and the public data are tested on.
 */
export async function seedDemoPublishedStudy(db: PrismaClient) {
  // The published study reuses the demo facilitator, whom the first demo study creates.
  await createDemoStudy(db);
  await createDemoPublishedStudy(db);
  const study = await db.study.findUniqueOrThrow({ where: { slug: DEMO_PUBLISHED_SLUG } });
  const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_FACILITATOR_EMAIL } });
  return { study, ownerId: owner.id };
}
