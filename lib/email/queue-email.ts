import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { EmailKind } from "@/lib/generated/prisma/enums.ts";
import { appSecret } from "@/lib/app-secret.ts";
import { wakeOutbox } from "./outbox-signal.ts";
import { sealBody } from "./sealed-body.ts";

export type QueuedEmailInput = {
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Carries a sign-in or personal link: redacted once delivered over SMTP. */
  sensitive?: boolean;
  studyId?: string;
  panelMemberId?: string;
  /** The same logical message is queued once, however often this is called. */
  dedupeKey?: string;
};

/** The outbox row for a message: bodies with a link are sealed before they touch a table. */
export function toOutboxRow(input: QueuedEmailInput, secret = appSecret()) {
  const seal = (body: string) => (input.sensitive ? sealBody(body, secret) : body);
  return {
    kind: input.kind,
    to: input.to,
    subject: input.subject,
    text: seal(input.text),
    html: input.html ? seal(input.html) : null,
    sensitive: input.sensitive ?? false,
    studyId: input.studyId ?? null,
    panelMemberId: input.panelMemberId ?? null,
    dedupeKey: input.dedupeKey ?? null,
  };
}

/** Puts a message in the outbox; the worker delivers it (with retries) shortly after. */
export async function queueEmail(db: Db, input: QueuedEmailInput): Promise<{ id: string }> {
  const data = toOutboxRow(input);
  const row = input.dedupeKey
    ? await db.outboundEmail.upsert({
        where: { dedupeKey: input.dedupeKey },
        create: data,
        update: {},
        select: { id: true },
      })
    : await db.outboundEmail.create({ data, select: { id: true } });
  wakeOutbox();
  return row;
}
