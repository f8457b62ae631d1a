import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processOutbox } from "@/lib/email/process-outbox.ts";
import { queueEmails } from "@/lib/email/queue-emails.ts";
import { createSmtpTransport, type MailTransport } from "@/lib/email/transport.ts";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { openRound } from "@/lib/rounds/open-round.ts";
import { closeDueRounds } from "@/lib/rounds/close-due-rounds.ts";
import { sendDueReminders } from "@/lib/rounds/send-reminders.ts";
import { asMember } from "@/test/support/access.ts";
import { createStudyWithLargePanel } from "@/test/support/mass-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { freePort, startSmtpSink } from "@/test/support/smtp-sink.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";

// Background work with two app servers on one PostgreSQL database (issue 19): each runs the
// scheduler and the outbox worker. Two clients with their own connection pools stand for
// the two servers; what makes the work safe is in the database (row claims with SKIP
// LOCKED, conditional updates, dedupe keys), so two processes behave as these two clients
// do. The embedded database runs one statement at a time in one process: nothing to race.

let t: TestDb;
let other: PrismaClient;
beforeAll(async () => {
  t = await createTestDb();
  if (t.url) other = new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url }) });
}, 120_000);
afterAll(async () => {
  await other?.$disconnect();
  await t.close();
});

const servers = () => [t.db, other] as const;
const DAY = 24 * 60 * 60 * 1000;

describe.skipIf(!process.env.DATABASE_URL)("background work on two servers", () => {
  it("delivers 200 queued emails exactly once between them", async () => {
    const port = await freePort();
    const sink = await startSmtpSink(port);
    try {
      const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`, "Livewith <t@l.local>");
      const addresses = Array.from({ length: 200 }, (_, i) => `two-${i}-${Date.now()}@example.org`);
      await queueEmails(
        t.db,
        addresses.map((to) => ({ kind: "NOTICE" as const, to, subject: "Hello", text: "Hi." })),
      );
      // Both workers poll at once until nothing is left, as their loops would.
      const totals = await Promise.all(
        servers().map(async (db) => {
          let sent = 0;
          for (;;) {
            const run = await processOutbox(db, transport, { batchSize: 10 });
            if (run.sent + run.retrying + run.failed === 0) return sent;
            sent += run.sent;
          }
        }),
      );
      expect(totals[0]! + totals[1]!).toBe(200);
      expect(totals.every((n) => n > 0)).toBe(true); // both took a share
      const received = sink.received.flatMap((m) => m.to).filter((to) => to.startsWith("two-"));
      expect(received).toHaveLength(200);
      expect(new Set(received).size).toBe(200);
    } finally {
      await sink.stop();
    }
  }, 120_000);

  it("sends what a server claimed and then died holding, once its lease has run out", async () => {
    const port = await freePort();
    const sink = await startSmtpSink(port);
    try {
      const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`, "Livewith <t@l.local>");
      const to = Array.from({ length: 5 }, (_, i) => `killed-${i}-${Date.now()}@example.org`);
      await queueEmails(
        t.db,
        to.map((address) => ({ kind: "NOTICE" as const, to: address, subject: "Hi", text: "." })),
      );
      // Server A claims them and dies mid-send (SIGKILL): its sends never finish.
      const start = new Date();
      const dying: MailTransport = { kind: "smtp", send: () => new Promise<void>(() => {}) };
      void processOutbox(t.db, dying, { now: start });
      await expect
        .poll(() => t.db.outboundEmail.count({ where: { to: { in: to }, status: "SENDING" } }))
        .toBe(5);
      // Server B leaves them alone while A's lease holds…
      const during = new Date(start.getTime() + 60_000);
      expect(await processOutbox(other, transport, { now: during })).toMatchObject({ sent: 0 });
      // …and sends each once after it (two minutes), however often it looks.
      const after = new Date(start.getTime() + 2 * 60_000 + 1_000);
      expect(await processOutbox(other, transport, { now: after })).toMatchObject({ sent: 5 });
      expect(await processOutbox(other, transport, { now: after })).toMatchObject({ sent: 0 });
      const received = sink.received.flatMap((m) => m.to).filter((a) => a.startsWith("killed-"));
      expect(received.sort()).toEqual([...to].sort());
    } finally {
      await sink.stop();
    }
  });

  it("closes a round past its deadline once, with one audit event", async () => {
    const r = await createOpenRound(t.db, { closesAt: new Date(Date.now() + 60_000) });
    const after = new Date(Date.now() + DAY);
    const closed = await Promise.all(servers().map((db) => closeDueRounds(db, after)));
    expect(closed.reduce((a, b) => a + b, 0)).toBe(1);
    const events = await t.db.auditEvent.count({
      where: { studyId: r.studyId, action: "round.closed" },
    });
    expect(events).toBe(1);
  });

  it("queues each due reminder once", async () => {
    const s = await createStudyWithLargePanel(t.db, { experts: 300, status: "ACCEPTED" });
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    await openRound(t.db, asOwner, {
      closesAt: new Date(Date.now() + 7 * DAY),
      reminderDays: [3],
      collectRatings: false,
    });
    const due = new Date(Date.now() + 4.5 * DAY);
    const queued = await Promise.all(servers().map((db) => sendDueReminders(db, due)));
    expect(queued.reduce((a, b) => a + b, 0)).toBe(300);
    const reminders = await t.db.outboundEmail.findMany({
      where: { studyId: s.studyId, kind: "REMINDER" },
      select: { to: true },
    });
    expect(reminders).toHaveLength(300);
    expect(new Set(reminders.map((m) => m.to)).size).toBe(300);
  }, 120_000);
});
