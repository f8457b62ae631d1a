import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { freePort, startSmtpSink } from "@/test/support/smtp-sink.ts";
import { backoffMs, processOutbox, REDACTED } from "./process-outbox.ts";
import { queueEmail } from "./queue-email.ts";
import { createSmtpTransport } from "./transport.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("outbox", () => {
  it("keeps a message queued while SMTP refuses, then delivers it exactly once", async () => {
    const port = await freePort();
    const transport = createSmtpTransport(
      `smtp://127.0.0.1:${port}`,
      "Livewith <test@livewith.local>",
    );
    const to = `outage-${Date.now()}@example.org`;
    const { id } = await queueEmail(t.db, {
      kind: "SIGN_IN",
      to,
      subject: "Your link",
      text: "Open http://localhost/secret-link",
      sensitive: true,
    });

    const start = new Date();
    const first = await processOutbox(t.db, transport, { now: start });
    expect(first).toEqual({ sent: 0, failed: 0, retrying: 1 });
    let row = await t.db.outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("QUEUED");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + backoffMs(1));

    // Not due yet: nothing is retried before the backoff.
    expect(await processOutbox(t.db, transport, { now: start })).toEqual({
      sent: 0,
      failed: 0,
      retrying: 0,
    });

    const sink = await startSmtpSink(port);
    try {
      const later = new Date(start.getTime() + backoffMs(1) + 1);
      expect(await processOutbox(t.db, transport, { now: later })).toMatchObject({ sent: 1 });
      expect(
        await processOutbox(t.db, transport, { now: new Date(later.getTime() + 3_600_000) }),
      ).toMatchObject({ sent: 0 });
      expect(sink.received.filter((m) => m.to.includes(to))).toHaveLength(1);
      expect(sink.received[0]?.text).toContain("secret-link");
    } finally {
      await sink.stop();
    }
    row = await t.db.outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SENT");
    expect(row.attempts).toBe(2);
    expect(row.lastError).toBeNull();
    // The personal link is not kept once it has left over SMTP.
    expect(row.text).toBe(REDACTED);
  });

  it("hands a stopping server's unsent claims back at once, not after the lease", async () => {
    const port = await freePort();
    const sink = await startSmtpSink(port);
    try {
      const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`, "Livewith <t@l.local>");
      const to = [1, 2, 3].map((i) => `stopping-${i}-${Date.now()}@example.org`);
      for (const address of to)
        await queueEmail(t.db, { kind: "NOTICE", to: address, subject: "Hi", text: "." });
      const now = new Date(Date.now() + 60_000); // later than anything queued before
      let sent = 0;
      // The server is asked to stop once the first message has gone.
      const first = await processOutbox(t.db, transport, {
        now,
        batchSize: 3,
        stopping: () => sent++ > 0,
      });
      expect(first).toEqual({ sent: 1, failed: 0, retrying: 0 });
      const rest = await t.db.outboundEmail.findMany({
        where: { to: { in: to }, status: { not: "SENT" } },
        select: { status: true, lockedUntil: true, attempts: true },
      });
      expect(rest).toEqual([
        { status: "QUEUED", lockedUntil: null, attempts: 0 },
        { status: "QUEUED", lockedUntil: null, attempts: 0 },
      ]);
      // Another server sends them at once, without waiting for a lease to run out.
      expect(await processOutbox(t.db, transport, { now })).toMatchObject({ sent: 2 });
      expect(
        sink.received.flatMap((m) => m.to).filter((a) => a.startsWith("stopping-")),
      ).toHaveLength(3);
    } finally {
      await sink.stop();
    }
  });

  it("queues a message with a dedupe key only once", async () => {
    const key = `reminder-${Date.now()}`;
    const input = {
      kind: "REMINDER" as const,
      to: "a@example.org",
      subject: "s",
      text: "t",
      dedupeKey: key,
    };
    const a = await queueEmail(t.db, input);
    const b = await queueEmail(t.db, input);
    expect(b.id).toBe(a.id);
    expect(await t.db.outboundEmail.count({ where: { dedupeKey: key } })).toBe(1);
  });

  it("backs off exponentially up to an hour", () => {
    expect(backoffMs(1)).toBe(30_000);
    expect(backoffMs(2)).toBe(60_000);
    expect(backoffMs(3)).toBe(120_000);
    expect(backoffMs(20)).toBe(3_600_000);
  });
});
