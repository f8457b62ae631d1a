import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { appSecret } from "@/lib/app-secret.ts";
import { openBody, UnreadableSealedBodyError } from "./sealed-body.ts";
import type { MailTransport } from "./transport.ts";

export const MAX_ATTEMPTS = 10;
const LEASE_MS = 2 * 60_000;
export const REDACTED = "[Removed after delivery: this message contained a personal link.]";

/** Delay before attempt n+1 after n failed attempts: 30 s, 1 min, 2 min … capped at 1 h. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 60 * 60_000);
}

type Claimed = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
  sensitive: boolean;
};

export type OutboxRun = { sent: number; failed: number; retrying: number };

/**
 * Sends what is due. Rows are claimed with a lease (SKIP LOCKED) so that two workers on
 * PostgreSQL never send the same message; a worker that dies mid-send loses its lease and
 * the message is retried.
 */
export async function processOutbox(
  db: Db,
  transport: MailTransport,
  options: {
    now?: Date;
    batchSize?: number;
    /**
     * Asked between messages: true when the server is stopping. The batch's unsent rest is
     * then handed back at once, for another server, instead of waiting out the lease.
     */
    stopping?: () => boolean;
  } = {},
): Promise<OutboxRun> {
  const now = options.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const batch = options.batchSize ?? 20;
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboundEmail"
       SET status = 'SENDING'::"EmailStatus", "lockedUntil" = ${leaseUntil}, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM "OutboundEmail"
        WHERE (status = 'QUEUED'::"EmailStatus" AND "nextAttemptAt" <= ${now})
           OR (status = 'SENDING'::"EmailStatus" AND "lockedUntil" < ${now})
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, html, attempts, sensitive`;

  const run: OutboxRun = { sent: 0, failed: 0, retrying: 0 };
  for (const [index, message] of claimed.entries()) {
    if (options.stopping?.()) {
      await releaseClaims(
        db,
        claimed.slice(index).map((m) => m.id),
      );
      break;
    }
    try {
      const secret = message.sensitive ? appSecret() : "";
      await transport.send({
        ...message,
        text: openBody(message.text, secret),
        html: message.html ? openBody(message.html, secret) : null,
      });
      // Over SMTP the link has left our hands; keep no copy of it. The local mailbox
      // (/dev/mail) is the delivery, so it keeps the text.
      const redact = message.sensitive && transport.kind === "smtp";
      await db.outboundEmail.update({
        where: { id: message.id },
        data: {
          status: "SENT",
          sentAt: new Date(),
          lockedUntil: null,
          lastError: null,
          ...(redact ? { text: REDACTED, html: null } : {}),
        },
      });
      run.sent++;
    } catch (error) {
      // A body sealed under an earlier secret will never open: fail it now, with the
      // reason, instead of retrying it for hours.
      const gaveUp = message.attempts >= MAX_ATTEMPTS || error instanceof UnreadableSealedBodyError;
      await db.outboundEmail.update({
        where: { id: message.id },
        data: {
          status: gaveUp ? "FAILED" : "QUEUED",
          lockedUntil: null,
          lastError: describeError(error),
          nextAttemptAt: new Date(now.getTime() + backoffMs(message.attempts)),
        },
      });
      if (gaveUp) run.failed++;
      else run.retrying++;
    }
  }
  return run;
}

/** Hands claimed, unsent messages back to the queue as if never claimed (not an attempt). */
async function releaseClaims(db: Db, ids: string[]): Promise<void> {
  await db.$executeRaw`
    UPDATE "OutboundEmail"
       SET status = 'QUEUED'::"EmailStatus", "lockedUntil" = NULL, attempts = attempts - 1
     WHERE id = ANY(${ids}::text[]) AND status = 'SENDING'::"EmailStatus"`;
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}
