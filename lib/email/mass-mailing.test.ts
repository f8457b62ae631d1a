// Issue 16: the mass operations (invite all, open round, reminders, summary) at the panel
// cap of 1,000 experts. Each is set-based (it used to be one round trip per expert in one
// interactive transaction: "invite all" with 300 experts timed out and invited nobody),
// each email carries its own expert's working link, and a second click queues nothing new.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appSecret } from "@/lib/app-secret.ts";
import { getDeliveryProgress } from "@/lib/email/get-delivery-progress.ts";
import { processOutbox } from "@/lib/email/process-outbox.ts";
import { openBody } from "@/lib/email/sealed-body.ts";
import type { MailTransport } from "@/lib/email/transport.ts";
import type { EmailKind } from "@/lib/generated/prisma/enums.ts";
import { sendInvitations } from "@/lib/invitations/send-invitations.ts";
import { hashToken } from "@/lib/invitations/token.ts";
import { openRound } from "@/lib/rounds/open-round.ts";
import { remindNow, sendDueReminders } from "@/lib/rounds/send-reminders.ts";
import { saveSummaryDraft } from "@/lib/summaries/save-summary-draft.ts";
import { sendSummary } from "@/lib/summaries/send-summary.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember, createUser } from "@/test/support/fixtures.ts";
import { createStudyWithLargePanel } from "@/test/support/mass-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";

const PANEL = 1000;
const DAY = 24 * 60 * 60 * 1000;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 120_000);
afterAll(() => t.close());

const roundInput = () => ({
  closesAt: new Date(Date.now() + 7 * DAY),
  reminderDays: [3, 1],
  collectRatings: false,
});

const count = (studyId: string, kind: EmailKind) =>
  t.db.outboundEmail.count({ where: { studyId, kind } });

/**
 * Every queued email of `kind`: opens each sealed body, takes the personal link out and
 * checks it is the live link of the very expert the email is addressed to.
 */
async function linksOf(studyId: string, kind: EmailKind) {
  const emails = await t.db.outboundEmail.findMany({
    where: { studyId, kind },
    select: {
      to: true,
      text: true,
      html: true,
      panelMemberId: true,
      createdAt: true,
      status: true,
    },
  });
  const members = await t.db.panelMember.findMany({
    where: { studyId },
    select: {
      id: true,
      email: true,
      links: { where: { revokedAt: null }, select: { tokenHash: true } },
    },
  });
  const byId = new Map(members.map((m) => [m.id, m]));
  const tokens = emails.map((e) => {
    const text = openBody(e.text, appSecret());
    const token = /\/respond\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(token, "a link in the text").toBeDefined();
    expect(openBody(e.html!, appSecret())).toContain(`/respond/${token}`);
    const member = byId.get(e.panelMemberId!)!;
    expect(e.to).toBe(member.email);
    expect(e.status).toBe("QUEUED");
    expect(Math.abs(e.createdAt.getTime() - Date.now())).toBeLessThan(5 * 60_000);
    expect(member.links.map((l) => l.tokenHash)).toEqual([hashToken(token!)]);
    return token!;
  });
  expect(new Set(tokens).size).toBe(tokens.length);
  return new Map(emails.map((e, i) => [e.panelMemberId!, tokens[i]!]));
}

describe("mass operations at the 1,000-expert panel cap", () => {
  it("invites 1,000 proposed experts with distinct working links; a second click queues nothing", async () => {
    const s = await createStudyWithLargePanel(t.db, { experts: PANEL });
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    expect(await sendInvitations(t.db, asOwner, { all: true })).toEqual({
      invited: PANEL,
      justSent: 0,
    });
    expect(await t.db.panelMember.count({ where: { studyId: s.studyId, status: "INVITED" } })).toBe(
      PANEL,
    );
    const invitations = await linksOf(s.studyId, "INVITATION");
    expect(invitations.size).toBe(PANEL);

    expect(await sendInvitations(t.db, asOwner, { all: true })).toEqual({
      invited: 0,
      justSent: 0,
    });
    expect(await count(s.studyId, "INVITATION")).toBe(PANEL);
    // The links sent first still work: the second click rotated nothing.
    expect(await linksOf(s.studyId, "INVITATION")).toEqual(invitations);

    // Round 1 reaches the invited too, with the link they already hold; a second click is
    // refused (the round is open) and queues nothing.
    const opened = await openRound(t.db, asOwner, roundInput());
    expect(opened.notified).toBe(PANEL);
    expect(await t.db.roundParticipation.count({ where: { roundId: opened.roundId } })).toBe(PANEL);
    expect(await linksOf(s.studyId, "ROUND_OPENED")).toEqual(invitations);
    await expect(openRound(t.db, asOwner, roundInput())).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await count(s.studyId, "ROUND_OPENED")).toBe(PANEL);
  }, 120_000);

  it("two simultaneous 'invite all' clicks invite each expert once", async () => {
    const s = await createStudyWithLargePanel(t.db, { experts: 200 });
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    const both = await Promise.all([1, 2].map(() => sendInvitations(t.db, asOwner, { all: true })));
    expect(both.map((r) => r.invited).sort((a, b) => a - b)).toEqual([0, 200]);
    expect((await linksOf(s.studyId, "INVITATION")).size).toBe(200);
  }, 60_000);

  it("reminds only those who have not submitted, once per batch however often it is clicked", async () => {
    const s = await createStudyWithLargePanel(t.db, { experts: PANEL, status: "ACCEPTED" });
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    const { roundId } = await openRound(t.db, asOwner, roundInput());
    const submitted = s.experts.slice(0, 400);
    await t.db.response.createMany({
      data: submitted.map((e) => ({
        roundId,
        panelMemberId: e.id,
        state: "SUBMITTED" as const,
        submittedAt: new Date(),
      })),
    });
    // And some who only saved a draft: they are reminded.
    await t.db.response.createMany({
      data: s.experts.slice(400, 500).map((e) => ({ roundId, panelMemberId: e.id })),
    });

    expect(await remindNow(t.db, asOwner, 1, 0)).toBe(PANEL - 400);
    const reminded = await linksOf(s.studyId, "REMINDER");
    const done = new Set(submitted.map((e) => e.id));
    expect([...reminded.keys()].filter((id) => done.has(id))).toEqual([]);
    expect(reminded).toEqual(
      new Map([...(await linksOf(s.studyId, "ROUND_OPENED"))].filter(([id]) => !done.has(id))),
    );
    const slots = await t.db.roundParticipation.findMany({
      where: { roundId },
      select: { panelMemberId: true, remindersSent: true },
    });
    for (const p of slots) expect(p.remindersSent).toEqual(done.has(p.panelMemberId) ? [] : [0]);

    // The same page clicked again (or the request retried): the same batch, nothing new.
    expect(await remindNow(t.db, asOwner, 1, 0)).toBe(0);
    expect(await count(s.studyId, "REMINDER")).toBe(PANEL - 400);
    // The page shown after the first batch offers a second one.
    expect(await remindNow(t.db, asOwner, 1, 1)).toBe(PANEL - 400);

    // Scheduled reminders: due three days before the deadline, sent once.
    const due = new Date(Date.now() + 4.5 * DAY);
    const scheduled = await sendDueReminders(t.db, due);
    expect(scheduled).toBeGreaterThanOrEqual(PANEL - 400);
    expect(await sendDueReminders(t.db, due)).toBe(0);
    expect(await count(s.studyId, "REMINDER")).toBe(3 * (PANEL - 400));
  }, 120_000);

  it("sends the summary to 1,000 experts once, with their own links", async () => {
    const s = await createStudyWithLargePanel(t.db, { experts: PANEL, status: "ACCEPTED" });
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    await openRound(t.db, asOwner, roundInput());
    await t.db.round.updateMany({
      where: { studyId: s.studyId },
      data: { state: "CLOSED", closedAt: new Date() },
    });
    await saveSummaryDraft(t.db, asOwner, 1, { body: "Thank you all." });
    const options = { withoutChanges: true };
    expect(await sendSummary(t.db, asOwner, 1, 1, options)).toEqual({
      revision: 1,
      recipients: PANEL,
      // What the action pipeline purges: a sent summary is on a published study's pages.
      affects: ["public-pages"],
    });
    expect(await linksOf(s.studyId, "SUMMARY")).toEqual(await linksOf(s.studyId, "ROUND_OPENED"));
    await expect(sendSummary(t.db, asOwner, 1, 1, options)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await count(s.studyId, "SUMMARY")).toBe(PANEL);
  }, 120_000);

  it("shows facilitators how far a mailing has gone, until it is all sent", async () => {
    const s = await createStudyWithLargePanel(t.db, { experts: 30 });
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    const observer = await addMember(t.db, s.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, s.studyId);
    expect(await getDeliveryProgress(t.db, asOwner)).toBeNull();
    // The worker takes the oldest mail of any study first: the other tests' is done.
    await t.db.outboundEmail.updateMany({ data: { status: "SENT" } });
    await sendInvitations(t.db, asOwner, { all: true });
    expect(await getDeliveryProgress(t.db, asObserver)).toEqual({
      sent: 0,
      failed: 0,
      total: 30,
    });
    const later = new Date(Date.now() + 1000);
    const transport: MailTransport = { kind: "smtp", send: async () => {} };
    await processOutbox(t.db, transport, { now: later, batchSize: 12 });
    expect(await getDeliveryProgress(t.db, asOwner)).toEqual({
      sent: 12,
      failed: 0,
      total: 30,
    });
    await processOutbox(t.db, transport, { now: later, batchSize: 30 });
    expect(await getDeliveryProgress(t.db, asOwner)).toBeNull();
    // Someone off the team gets no access to the study, so no progress either.
    const stranger = await createUser(t.db, "stranger");
    await expect(asMember(t.db, stranger.id, s.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  }, 60_000);

  it("refuses every mass action to an observer and to another team's facilitator", async () => {
    const s = await createStudyWithLargePanel(t.db, { experts: 20 });
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    const observer = await addMember(t.db, s.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, s.studyId);
    const stranger = await createUser(t.db, "stranger");
    // Off the team, the stranger gets no access to the study: no mass action can be called
    // for them. The observer has one, and each mass action refuses it.
    await expect(asMember(t.db, stranger.id, s.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const outbox = () => t.db.outboundEmail.count({ where: { studyId: s.studyId } });
    await expect(sendInvitations(t.db, asObserver, { all: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(openRound(t.db, asObserver, roundInput())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await outbox()).toBe(0);
    expect(
      await t.db.panelMember.count({ where: { studyId: s.studyId, status: "PROPOSED" } }),
    ).toBe(20);

    await sendInvitations(t.db, asOwner, { all: true });
    await openRound(t.db, asOwner, roundInput());
    const before = await outbox();
    await expect(remindNow(t.db, asObserver, 1, 0)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await t.db.round.updateMany({ where: { studyId: s.studyId }, data: { state: "CLOSED" } });
    await saveSummaryDraft(t.db, asOwner, 1, { body: "Summary." });
    await expect(
      sendSummary(t.db, asObserver, 1, 1, { withoutChanges: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await outbox()).toBe(before);
  }, 60_000);
});
