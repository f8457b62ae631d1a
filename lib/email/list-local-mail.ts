import "server-only";
import { headers } from "next/headers";
import type { Db } from "@/lib/db/app-db.ts";
import type { EmailStatus } from "@/lib/generated/prisma/client.ts";
import { isLoopbackAddress, REMOTE_ADDRESS_HEADER } from "@/lib/http/remote-address.ts";
import { appSecret } from "@/lib/app-secret.ts";
import { openBody, UnreadableSealedBodyError } from "./sealed-body.ts";
import { isLocalMailbox } from "./transport.ts";

/**
 * The local mailbox shows sign-in links, so it exists only while no SMTP transport is
 * configured and only for requests from this machine (address taken from the socket by
 * server.ts; without that header — e.g. a bare `next start` — it stays closed).
 */
export async function canViewLocalMailbox(): Promise<boolean> {
  if (!isLocalMailbox()) return false;
  return isLoopbackAddress((await headers()).get(REMOTE_ADDRESS_HEADER));
}

export type LocalMail = {
  id: string;
  to: string;
  subject: string;
  /** Null when the body was sealed under an earlier secret and cannot be shown. */
  text: string | null;
  status: EmailStatus;
  lastError: string | null;
  createdAt: Date;
};

export async function listLocalMail(db: Db, filter: { to?: string } = {}): Promise<LocalMail[]> {
  const rows = await db.outboundEmail.findMany({
    where: filter.to ? { to: filter.to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      to: true,
      subject: true,
      text: true,
      status: true,
      lastError: true,
      createdAt: true,
    },
  });
  const secret = appSecret();
  // One message sealed under an earlier secret must not take the whole mailbox down.
  return rows.map((row) => ({ ...row, text: readable(row.text, secret) }));
}

function readable(body: string, secret: string): string | null {
  try {
    return openBody(body, secret);
  } catch (error) {
    if (error instanceof UnreadableSealedBodyError) return null;
    throw error;
  }
}
