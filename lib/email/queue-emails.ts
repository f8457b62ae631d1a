import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { appSecret } from "@/lib/app-secret.ts";
import { toOutboxRow, type QueuedEmailInput } from "./queue-email.ts";

/**
 * Puts a batch of messages (one per expert of a panel of up to 1,000) in the outbox in one
 * INSERT … SELECT over arrays: ten parameters whatever the batch size. (Prisma's
 * createMany takes about 4 s of client time to build 1,000 rows; this takes milliseconds.)
 * A message whose dedupe key is already queued is skipped by the database (ON CONFLICT DO
 * NOTHING), so a second click or a retry adds nothing, even two at once. Returns the rows
 * really inserted. The caller wakes the worker after its transaction commits: before, the
 * worker would not see them.
 */
export async function queueEmails(
  db: Db,
  inputs: QueuedEmailInput[],
  now = new Date(),
): Promise<{ id: string; panelMemberId: string | null }[]> {
  if (inputs.length === 0) return [];
  const secret = appSecret();
  const rows = inputs.map((input) => toOutboxRow(input, secret));
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
  return db.$queryRaw<{ id: string; panelMemberId: string | null }[]>`
    INSERT INTO "OutboundEmail"
      (id, kind, "to", subject, text, html, sensitive, "studyId", "panelMemberId", "dedupeKey",
       "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, m.kind::"EmailKind", m."to", m.subject, m.text, m.html,
           m.sensitive, m."studyId", m."panelMemberId", m."dedupeKey", ${now}, ${now}
      FROM unnest(${column("kind")}::text[], ${column("to")}::text[],
                  ${column("subject")}::text[], ${column("text")}::text[],
                  ${column("html")}::text[], ${column("sensitive")}::boolean[],
                  ${column("studyId")}::text[], ${column("panelMemberId")}::text[],
                  ${column("dedupeKey")}::text[])
           AS m(kind, "to", subject, text, html, sensitive, "studyId", "panelMemberId", "dedupeKey")
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING id, "panelMemberId"`;
}
