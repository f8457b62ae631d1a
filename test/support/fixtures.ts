import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { MembershipRole } from "../../lib/generated/prisma/enums.ts";

let counter = 0;
const unique = (tag: string) => `${tag}-${Date.now()}-${++counter}`;

/** A user (facilitator account) with a unique address. */
export async function createUser(db: PrismaClient, tag = "user") {
  return db.user.create({
    data: { email: `${unique(tag)}@example.org` },
    select: { id: true, email: true },
  });
}

/** A study with an owner, version 1 and `experts` proposed panel members. */
export async function createStudyWithPanel(
  db: PrismaClient,
  options: { experts?: number; tag?: string } = {},
) {
  const owner = await createUser(db, "owner");
  const tag = unique(options.tag ?? "study");
  const study = await db.study.create({
    data: {
      title: `Study ${tag}`,
      slug: tag,
      purpose: "A purpose",
      anonymityStatement: "Anonymous.",
      memberships: { create: { userId: owner.id, role: "OWNER" } },
      versions: { create: { number: 1 } },
    },
    select: { id: true },
  });
  const experts = [];
  for (let i = 0; i < (options.experts ?? 0); i++) {
    experts.push(
      await db.panelMember.create({
        data: {
          studyId: study.id,
          name: `Expert ${i + 1}`,
          email: `${unique("expert")}@example.org`,
          organisation: `Org ${i + 1}`,
        },
        select: { id: true, email: true, name: true },
      }),
    );
  }
  return { studyId: study.id, owner, experts };
}

export async function addMember(db: PrismaClient, studyId: string, role: MembershipRole) {
  const user = await createUser(db, role.toLowerCase());
  await db.membership.create({ data: { studyId, userId: user.id, role } });
  return user;
}

/** Every row of every table, as text: for "this secret appears nowhere" checks. */
export async function dumpAllTables(db: PrismaClient): Promise<string> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<unknown[]>(
      `SELECT * FROM "${table_name.replace(/"/g, "")}"`,
    );
    parts.push(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
  }
  return parts.join("\n");
}
