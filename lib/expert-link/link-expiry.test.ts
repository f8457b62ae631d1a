import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueExpertLink } from "@/lib/invitations/issue-expert-link.ts";
import { createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { resolveExpertLink } from "./resolve-expert-link.ts";

// A link with an end date works until that instant and not at it: found by mutation
// testing, where refusing every dated link, or one millisecond late, went unnoticed.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("a personal link with an end date", () => {
  it("works before the instant it expires, and not from that instant on", async () => {
    const { experts } = await createStudyWithPanel(t.db, { experts: 1 });
    const expert = experts[0]!;
    await t.db.panelMember.update({ where: { id: expert.id }, data: { status: "ACCEPTED" } });
    const token = await issueExpertLink(t.db, expert.id);
    const expiresAt = new Date("2030-01-01T12:00:00Z");
    await t.db.expertLink.updateMany({ where: { panelMemberId: expert.id }, data: { expiresAt } });

    const justBefore = new Date(expiresAt.getTime() - 1);
    expect(await resolveExpertLink(t.db, token, justBefore)).toMatchObject({
      panelMemberId: expert.id,
    });
    expect(await resolveExpertLink(t.db, token, expiresAt)).toBeNull();
    expect(await resolveExpertLink(t.db, token, new Date(expiresAt.getTime() + 1))).toBeNull();
  });
});
