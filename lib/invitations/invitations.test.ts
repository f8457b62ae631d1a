import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_ATTEMPTS, processOutbox } from "@/lib/email/process-outbox.ts";
import type { MailTransport, OutgoingMessage } from "@/lib/email/transport.ts";
import { acceptInvitation } from "@/lib/expert-link/accept-invitation.ts";
import { declineInvitation } from "@/lib/expert-link/decline-invitation.ts";
import { nominatePeer } from "@/lib/expert-link/nominate-peer.ts";
import { resolveExpertLink } from "@/lib/expert-link/resolve-expert-link.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember, createStudyWithPanel, dumpAllTables } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { listInvitations } from "./list-invitations.ts";
import { revokeExpertLinks } from "./revoke-expert-links.ts";
import { sendInvitations } from "./send-invitations.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** Delivers the outbox through a transport that keeps what it "sends". */
async function deliver(): Promise<OutgoingMessage[]> {
  const sent: OutgoingMessage[] = [];
  const transport: MailTransport = { kind: "smtp", send: async (m) => void sent.push(m) };
  await processOutbox(t.db, transport, { now: new Date(Date.now() + 1000) });
  return sent;
}

const tokenIn = (m: OutgoingMessage) => m.text.match(/\/respond\/([A-Za-z0-9_-]{43})/)![1]!;
const accept = {
  acknowledge: true,
  affiliation: "Uni X",
  coi: "none" as const,
  coiDetails: "",
  participationConsent: "on" as const,
};

describe("invitations and personal links", () => {
  it("email each proposed expert a 256-bit link whose raw token is stored and logged nowhere", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 3 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    const logs: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation(
        (...args: unknown[]) => void logs.push(args.map(String).join(" ")),
      );
    }
    // The server's logger writes JSON lines to the streams directly.
    for (const stream of [process.stdout, process.stderr])
      vi.spyOn(stream, "write").mockImplementation((chunk) => (logs.push(String(chunk)), true));
    try {
      expect(await sendInvitations(t.db, asOwner, { all: true })).toEqual({
        invited: 3,
        justSent: 0,
      });
      const before = await dumpAllTables(t.db);
      const sent = await deliver();
      const mine = sent.filter((m) => experts.some((e) => e.email === m.to));
      expect(mine).toHaveLength(3);
      const tokens = mine.map(tokenIn);
      expect(new Set(tokens).size).toBe(3);
      expect(Buffer.from(tokens[0]!, "base64url")).toHaveLength(32);
      const after = await dumpAllTables(t.db);
      for (const token of tokens) {
        expect(before).not.toContain(token);
        expect(after).not.toContain(token);
        expect(logs.join("\n")).not.toContain(token);
      }
    } finally {
      vi.restoreAllMocks();
    }
    const rows = await listInvitations(t.db, asOwner);
    expect(rows.map((r) => [r.status, r.delivery?.status])).toEqual(
      Array(3).fill(["INVITED", "SENT"]),
    );
  });

  it("rotating a link (resend) makes the old one stop working; revoked and expired links fail too", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 1 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    const expert = experts[0]!;
    await sendInvitations(t.db, asOwner, { all: true });
    const first = tokenIn((await deliver()).find((m) => m.to === expert.email)!);
    expect(await resolveExpertLink(t.db, first)).toMatchObject({
      panelMemberId: expert.id,
      studyId,
    });

    await sendInvitations(t.db, asOwner, { panelMemberIds: [expert.id] });
    const second = tokenIn((await deliver()).find((m) => m.to === expert.email)!);
    expect(await resolveExpertLink(t.db, first)).toBeNull();
    expect(await resolveExpertLink(t.db, second)).not.toBeNull();

    await t.db.expertLink.updateMany({
      where: { panelMemberId: expert.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resolveExpertLink(t.db, second)).toBeNull();
    await t.db.expertLink.updateMany({
      where: { panelMemberId: expert.id },
      data: { expiresAt: null, revokedAt: new Date() },
    });
    expect(await resolveExpertLink(t.db, second)).toBeNull();
    expect(await resolveExpertLink(t.db, "not-a-token")).toBeNull();
    expect(await resolveExpertLink(t.db, "A".repeat(43))).toBeNull();
  });

  it("sends a resend clicked twice (or from two tabs) once, and the next deliberate one again", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 1 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    const expert = experts[0]!;
    await sendInvitations(t.db, asOwner, { all: true });
    await deliver();
    const [row] = await listInvitations(t.db, asOwner);
    expect(row!.linkIssuedAt).not.toBe("");
    const click = () =>
      sendInvitations(t.db, asOwner, {
        panelMemberIds: [expert.id],
        seenLinks: { [expert.id]: row!.linkIssuedAt },
      });
    // The same click twice at once: one rotates the link, the other finds it changed.
    const results = await Promise.all([click(), click()]);
    expect(results.map((r) => r.invited).sort()).toEqual([0, 1]);
    expect(results.map((r) => r.justSent).sort()).toEqual([0, 1]);
    const sent = (await deliver()).filter((m) => m.to === expert.email);
    expect(sent).toHaveLength(1);
    expect(await resolveExpertLink(t.db, tokenIn(sent[0]!))).not.toBeNull();
    // The same form posted again later still names the old link: nothing sent.
    expect(await click()).toEqual({ invited: 0, justSent: 1 });
    expect(await deliver()).toEqual([]);
    // After a reload the page names the current link, and a resend goes out.
    const [reloaded] = await listInvitations(t.db, asOwner);
    expect(reloaded!.linkIssuedAt).not.toBe(row!.linkIssuedAt);
    const again = await sendInvitations(t.db, asOwner, {
      panelMemberIds: [expert.id],
      seenLinks: { [expert.id]: reloaded!.linkIssuedAt },
    });
    expect(again).toEqual({ invited: 1, justSent: 0 });
    const latest = (await deliver()).filter((m) => m.to === expert.email);
    expect(latest).toHaveLength(1);
    expect(await resolveExpertLink(t.db, tokenIn(sent[0]!))).toBeNull();
    expect(await resolveExpertLink(t.db, tokenIn(latest[0]!))).not.toBeNull();
  });

  it("sends again to everyone who has not answered, once however often the button is pressed", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 3 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    const [accepts, silent, alsoSilent] = experts as [
      (typeof experts)[number],
      (typeof experts)[number],
      (typeof experts)[number],
    ];
    await sendInvitations(t.db, asOwner, { all: true });
    const first = await deliver();
    await acceptInvitation(t.db, tokenIn(first.find((m) => m.to === accepts.email)!), accept);
    const rows = await listInvitations(t.db, asOwner);
    const seenBefore = new Date(
      rows
        .filter((r) => r.status === "INVITED")
        .map((r) => r.linkIssuedAt)
        .sort()
        .at(-1)!,
    );
    const press = () => sendInvitations(t.db, asOwner, { unanswered: true, seenBefore });
    const results = await Promise.all([press(), press()]);
    expect(results.map((r) => r.invited).sort()).toEqual([0, 2]);
    expect(results.map((r) => r.justSent).sort()).toEqual([0, 2]);
    const again = await deliver();
    expect(again.map((m) => m.to).sort()).toEqual([silent.email, alsoSilent.email].sort());
    // The accepted expert's link was left alone; the others' old links stopped working.
    const old = (e: { email: string }) => tokenIn(first.find((m) => m.to === e.email)!);
    expect(await resolveExpertLink(t.db, old(accepts))).not.toBeNull();
    expect(await resolveExpertLink(t.db, old(silent))).toBeNull();
    for (const m of again) expect(await resolveExpertLink(t.db, tokenIn(m))).not.toBeNull();
  });

  it("experts accept with consents, decline, and only accepted experts nominate peers", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 2 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    await sendInvitations(t.db, asOwner, { all: true });
    const sent = await deliver();
    const [a, b] = experts.map((e) => tokenIn(sent.find((m) => m.to === e.email)!));

    await acceptInvitation(t.db, a!, accept);
    await declineInvitation(t.db, b!);
    const members = await t.db.panelMember.findMany({
      where: { studyId },
      orderBy: { name: "asc" },
    });
    expect(members.map((m) => m.status)).toEqual(["ACCEPTED", "DECLINED"]);
    expect(members[0]).toMatchObject({
      acknowledgeConsent: true,
      acknowledgeAffiliation: "Uni X",
      conflictOfInterest: null,
    });
    expect(members[0]!.participationConsentAt).not.toBeNull();
    await expect(declineInvitation(t.db, a!)).rejects.toMatchObject({ code: "CONFLICT" });

    await nominatePeer(t.db, a!, {
      name: "Peer",
      email: "peer@example.org",
      reason: "Knows tools",
    });
    await expect(
      nominatePeer(t.db, b!, { name: "P", email: "p2@example.org", reason: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await t.db.nomination.findMany({
        where: { studyId },
        select: { name: true, nominatorId: true },
      }),
    ).toEqual([{ name: "Peer", nominatorId: experts[0]!.id }]);
  });

  it("show facilitators a failed delivery with its reason, and the retry that succeeds", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 1 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    await sendInvitations(t.db, asOwner, { all: true });
    const refusing: MailTransport = {
      kind: "smtp",
      send: async () => {
        throw new Error("550 mailbox unavailable");
      },
    };
    const start = new Date(Date.now() + 1000);
    await processOutbox(t.db, refusing, { now: start });
    let row = (await listInvitations(t.db, asOwner))[0]!;
    expect(row.delivery).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      lastError: "550 mailbox unavailable",
    });
    // Every retry fails: after the last attempt the delivery is marked failed, reason kept.
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await processOutbox(t.db, refusing, { now: new Date(start.getTime() + i * 2 * 3_600_000) });
    }
    row = (await listInvitations(t.db, asOwner))[0]!;
    expect(row.delivery).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
      lastError: "550 mailbox unavailable",
    });
    expect(row.email).toBe(experts[0]!.email);
  });

  it("revoking stops a link at once; an accepted expert can be sent a replacement", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 1 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    const expert = experts[0]!;
    await sendInvitations(t.db, asOwner, { all: true });
    const first = tokenIn((await deliver()).find((m) => m.to === expert.email)!);
    await acceptInvitation(t.db, first, accept);

    expect(await revokeExpertLinks(t.db, asOwner, expert.id)).toEqual({ revoked: 1 });
    expect(await resolveExpertLink(t.db, first)).toBeNull();
    expect((await listInvitations(t.db, asOwner))[0]).toMatchObject({
      hasActiveLink: false,
      status: "ACCEPTED",
    });

    await sendInvitations(t.db, asOwner, { panelMemberIds: [expert.id] });
    const replacement = (await deliver()).find((m) => m.to === expert.email)!;
    expect(replacement.subject).toContain("Your new personal link");
    expect(await resolveExpertLink(t.db, tokenIn(replacement))).not.toBeNull();
    // Still accepted: a replacement link is not a new invitation.
    expect(await t.db.panelMember.findUniqueOrThrow({ where: { id: expert.id } })).toMatchObject({
      status: "ACCEPTED",
    });
  });

  it("refuse facilitators of another study, whatever ids they pass, and observers", async () => {
    const a = await createStudyWithPanel(t.db, { experts: 1 });
    const b = await createStudyWithPanel(t.db, { experts: 1 });
    const bExpert = b.experts[0]!.id;
    // No access to b for a's owner, so none of b's invitation functions can be called for them…
    await expect(asMember(t.db, a.owner.id, b.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // …and their access to a reaches none of b's experts.
    const asOwnerOfA = await asMember(t.db, a.owner.id, a.studyId);
    await expect(
      sendInvitations(t.db, asOwnerOfA, { panelMemberIds: [bExpert] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeExpertLinks(t.db, asOwnerOfA, bExpert)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const observer = await addMember(t.db, a.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, a.studyId);
    await expect(sendInvitations(t.db, asObserver, { all: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await t.db.panelMember.findUniqueOrThrow({ where: { id: bExpert } })).toMatchObject({
      status: "PROPOSED",
    });
    expect(
      await t.db.expertLink.count({
        where: { panelMember: { studyId: { in: [a.studyId, b.studyId] } } },
      }),
    ).toBe(0);
  });
});
