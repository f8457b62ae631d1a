import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { listLocalMail } from "./list-local-mail.ts";
import { processOutbox } from "./process-outbox.ts";
import { queueEmail } from "./queue-email.ts";
import { sealBody } from "./sealed-body.ts";
import type { MailTransport, OutgoingMessage } from "./transport.ts";

// Issue 13, bug 2: after a restart with a different NEXTAUTH_SECRET, messages sealed under
// the old one cannot be decrypted. The local mailbox answered 500 as soon as it held one;
// the outbox worker retried it for hours. One unreadable message must break nothing else.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** A sign-in message queued by a server that ran under another secret. */
async function queueUnderOldSecret(to: string) {
  return t.db.outboundEmail.create({
    data: {
      kind: "SIGN_IN",
      to,
      subject: "Your old link",
      text: sealBody("Open http://localhost/old-secret-link", "a-secret-since-replaced-0123456789"),
      sensitive: true,
    },
    select: { id: true },
  });
}

function recordingTransport(kind: MailTransport["kind"]) {
  const sent: OutgoingMessage[] = [];
  const transport: MailTransport = { kind, send: async (m) => void sent.push(m) };
  return { transport, sent };
}

describe("a message sealed under an earlier secret", () => {
  it("is shown in the local mailbox as unreadable, and every other message as usual", async () => {
    const to = `mailbox-${Date.now()}@example.org`;
    await queueUnderOldSecret(to);
    await queueEmail(t.db, {
      kind: "SIGN_IN",
      to,
      subject: "New link",
      text: "Open it",
      sensitive: true,
    });
    await queueEmail(t.db, { kind: "NOTICE", to, subject: "Plain", text: "Hello" });
    const mail = await listLocalMail(t.db, { to });
    expect(mail.map((m) => [m.subject, m.text]).sort()).toEqual([
      ["New link", "Open it"],
      ["Plain", "Hello"],
      ["Your old link", null],
    ]);
  });

  it("fails at once with the reason in the outbox, and the rest of the batch is delivered", async () => {
    const to = `outbox-${Date.now()}@example.org`;
    const old = await queueUnderOldSecret(to);
    await queueEmail(t.db, {
      kind: "SIGN_IN",
      to,
      subject: "New link",
      text: "Open it",
      sensitive: true,
    });
    const { transport, sent } = recordingTransport("smtp");
    const now = new Date(Date.now() + 1000);
    const run = await processOutbox(t.db, transport, { now });
    // (The first test's unreadable message is in this batch too.)
    expect(run.retrying).toBe(0);
    expect(run.failed).toBeGreaterThanOrEqual(1);
    expect(sent.filter((m) => m.to === to).map((m) => m.text)).toEqual(["Open it"]);
    const row = await t.db.outboundEmail.findUniqueOrThrow({ where: { id: old.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toMatch(/earlier server secret/);
    // Never picked up again, however late the worker looks.
    const later = await processOutbox(t.db, transport, {
      now: new Date(now.getTime() + 86_400_000),
    });
    expect(later.failed + later.retrying).toBe(0);
    expect(await t.db.outboundEmail.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      attempts: 1,
    });
  });
});
