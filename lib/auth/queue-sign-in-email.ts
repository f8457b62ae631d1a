import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { queueEmail } from "@/lib/email/queue-email.ts";
import { signInEmail } from "@/lib/email/templates/sign-in.ts";
import { spend } from "@/lib/http/edge/rate-limits.ts";
import { canSignIn } from "./can-sign-in.ts";
import { logger } from "@/lib/log/logger.ts";

/** The emailed link opens a confirmation page; only its button (a POST) signs in. */
export function toConfirmationUrl(callbackUrl: string): string {
  const url = new URL(callbackUrl);
  return `${url.origin}/signin/confirm?${url.searchParams.toString()}`;
}

/**
 * Queues a sign-in link, unless the address may not sign in or has had its share of links
 * this hour. Either way the caller answers the same, so the form tells nobody whether an
 * address has an account, and nobody can flood a mailbox through it.
 */
export async function queueSignInEmail(
  db: Db,
  identifier: string,
  url: string,
  /** The requesting client's address (the edge's reading of it), when known. */
  client = "unknown",
): Promise<void> {
  if (!(await canSignIn(db, identifier))) return;
  const address = identifier.trim().toLowerCase();
  const budget = await spend("signInAddress", `${address}|${client}`);
  const total = budget.allowed ? await spend("signInAddressTotal", address) : budget;
  if (!budget.allowed || !total.allowed) {
    logger.warn("sign-in links for one address over budget: not sent");
    return;
  }
  const message = signInEmail({ url: toConfirmationUrl(url), host: new URL(url).host });
  await queueEmail(db, { kind: "SIGN_IN", to: identifier, sensitive: true, ...message });
}
