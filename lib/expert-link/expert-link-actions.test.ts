import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import { declineInvitation } from "./decline-invitation.ts";
import { getExpertLanding } from "./get-expert-landing.ts";
import { nominatePeer } from "./nominate-peer.ts";
import { acceptInvitationSchema } from "./schemas.ts";

// What an expert does through their link, beyond answering: accept (with consents), decline
// (which clears them), change their mind, nominate peers. Rules that mutation testing showed
// no test pinned (docs/TESTING.md).

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** `n` experts invited (not yet answered), each with a live link. */
async function invited(n: number) {
  const r = await createOpenRound(t.db, { experts: n });
  await t.db.panelMember.updateMany({
    where: { studyId: r.studyId },
    data: { status: "INVITED", participationConsentAt: null },
  });
  return r;
}

/** The accept form as sent: consent to take part, named unless told not to, no conflict. */
const acceptWith = (over: { named?: boolean; coi?: string; coiDetails?: string } = {}) =>
  acceptInvitationSchema.parse({
    participationConsent: "on",
    ...(over.named === false ? {} : { acknowledge: "on" }),
    affiliation: "Uni X",
    coi: over.coi ?? "none",
    ...(over.coiDetails ? { coiDetails: over.coiDetails } : {}),
  });

const memberOf = (id: string) =>
  t.db.panelMember.findUniqueOrThrow({
    where: { id },
    select: { status: true, acknowledgeConsent: true, acknowledgeAffiliation: true },
  });

const eventsOf = async (studyId: string, expertId: string) =>
  (
    await t.db.auditEvent.findMany({
      where: { studyId, actorRef: expertId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorKind: true, targetType: true, data: true },
    })
  ).map((e) => ({ ...e, data: e.data ?? null }));

describe("answering the invitation", () => {
  it("records acceptance, then a consent change, each as its own event, and marks the link used", async () => {
    const r = await invited(1);
    const { id, token } = r.members[0]!;
    await acceptInvitation(t.db, token, acceptWith());
    await acceptInvitation(
      t.db,
      token,
      acceptWith({ named: false, coi: "declared", coiDetails: "Paid adviser" }),
    );
    expect(await memberOf(id)).toMatchObject({ status: "ACCEPTED", acknowledgeConsent: false });
    expect(await eventsOf(r.studyId, id)).toEqual([
      {
        action: "expert.accepted",
        actorKind: "EXPERT",
        targetType: null,
        data: { acknowledge: true, coiDeclared: false },
      },
      {
        action: "expert.consentUpdated",
        actorKind: "EXPERT",
        targetType: null,
        data: { acknowledge: false, coiDeclared: true },
      },
    ]);
    const link = await t.db.expertLink.findFirstOrThrow({ where: { panelMemberId: id } });
    expect(link.lastUsedAt).not.toBeNull();
  });

  it("lets a declining expert decline again or change their mind, and clears their consents", async () => {
    const r = await invited(1);
    const { id, token } = r.members[0]!;
    // Consents left from an earlier answer (e.g. given, then the facilitators re-invited).
    await t.db.panelMember.update({
      where: { id },
      data: { acknowledgeConsent: true, acknowledgeAffiliation: "Uni X" },
    });
    await declineInvitation(t.db, token);
    expect(await memberOf(id)).toEqual({
      status: "DECLINED",
      acknowledgeConsent: false,
      acknowledgeAffiliation: null,
    });
    await declineInvitation(t.db, token);
    await acceptInvitation(t.db, token, acceptWith());
    expect((await memberOf(id)).status).toBe("ACCEPTED");
    expect((await eventsOf(r.studyId, id)).map((e) => e.action)).toEqual([
      "expert.declined",
      "expert.declined",
      "expert.accepted",
    ]);
    // Once accepted, declining is no longer the way out (withdrawal is the facilitators').
    await expect(declineInvitation(t.db, token)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "respond.alreadyAccepted",
    });
  });
});

describe("nominating peers", () => {
  const peer = (i: number) => ({ name: `Peer ${i}`, email: `peer${i}@example.org`, reason: "" });

  it("is for accepted experts, never oneself, at most ten each, and is recorded", async () => {
    const r = await invited(1);
    const { id, token } = r.members[0]!;
    await expect(nominatePeer(t.db, token, peer(0))).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "respond.nominateAfterAccept",
    });
    await acceptInvitation(t.db, token, acceptWith());
    const { email } = await t.db.panelMember.findUniqueOrThrow({ where: { id } });
    await expect(
      nominatePeer(t.db, token, { name: "Me", email, reason: "" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      field: "email",
      messageKey: "respond.nominateSelf",
    });
    for (let i = 1; i <= 10; i++) await nominatePeer(t.db, token, peer(i));
    await expect(nominatePeer(t.db, token, peer(11))).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "respond.tooManyNominations",
      values: { max: 10 },
    });
    expect(await t.db.nomination.count({ where: { nominatorId: id } })).toBe(10);
    const events = await eventsOf(r.studyId, id);
    expect(events.filter((e) => e.action === "expert.nominated")).toHaveLength(10);
    expect(events.at(-1)).toMatchObject({ action: "expert.nominated", targetType: "Nomination" });
  });

  it("counts each expert's nominations apart", async () => {
    const r = await invited(2);
    const [a, b] = r.members as [(typeof r.members)[0], (typeof r.members)[0]];
    for (const m of [a, b]) await acceptInvitation(t.db, m.token, acceptWith());
    for (let i = 1; i <= 10; i++) await nominatePeer(t.db, a.token, peer(i));
    await nominatePeer(t.db, b.token, peer(20));
    expect(await t.db.nomination.count({ where: { nominatorId: b.id } })).toBe(1);
  });
});

describe("the expert's own page", () => {
  it("points only accepted experts at the open round, and counts only their own nominations", async () => {
    const r = await invited(2);
    const [a, b] = r.members as [(typeof r.members)[0], (typeof r.members)[0]];
    const before = await getExpertLanding(t.db, a.token);
    // Invited: told the round is open, but pointed at the invitation first.
    expect(before).toMatchObject({
      stage: { kind: "invited", round: { number: 1 } },
      summaries: [],
      nominations: 0,
    });
    expect(before!.expert).toMatchObject({ status: "INVITED", participationConsentAt: null });
    expect(before!.study.title).toEqual(expect.any(String));

    for (const m of [a, b]) await acceptInvitation(t.db, m.token, acceptWith());
    await nominatePeer(t.db, b.token, { name: "P", email: "p@example.org", reason: "" });
    const after = await getExpertLanding(t.db, a.token);
    expect(after!.stage).toMatchObject({ kind: "roundOpen", round: { number: 1 }, answer: "none" });
    expect(after!.expert.participationConsentAt).toBeInstanceOf(Date);
    expect(after!.nominations).toBe(0);
    expect((await getExpertLanding(t.db, b.token))!.nominations).toBe(1);
    expect(await getExpertLanding(t.db, "not-a-link")).toBeNull();
  });
});

describe("the summaries on the expert's own page", () => {
  it("are for accepted experts only: invited, declined and withdrawn ones do not get them", async () => {
    const r = await invited(4);
    const [ada, ben, cy, di] = r.members as [
      (typeof r.members)[0],
      (typeof r.members)[0],
      (typeof r.members)[0],
      (typeof r.members)[0],
    ];
    await acceptInvitation(t.db, ada.token, acceptWith());
    await declineInvitation(t.db, cy.token);
    await acceptInvitation(t.db, di.token, acceptWith());
    await t.db.summary.create({
      data: {
        roundId: r.roundId,
        status: "SENT",
        sentAt: new Date(),
        sentBody: "What the panel said.",
      },
    });
    const summariesOf = async (token: string) =>
      (await getExpertLanding(t.db, token))!.summaries.map((s) => s.body);
    expect(await summariesOf(ada.token)).toEqual(["What the panel said."]);
    expect(await summariesOf(ben.token)).toEqual([]);
    expect(await summariesOf(cy.token)).toEqual([]);
    // Withdrawn: the link is dead, so the page shows nothing at all.
    await t.db.panelMember.update({ where: { id: di.id }, data: { status: "WITHDRAWN" } });
    expect(await getExpertLanding(t.db, di.token)).toBeNull();
  });
});
