import { Prisma } from "@/lib/generated/prisma/client.ts";

/**
 * True when a transaction could not start because every pooled connection stayed busy past
 * its maxWait (Prisma P2028, "Unable to start a transaction in the given time"): the
 * database is saturated, nothing was written, and the same request may simply be retried.
 * Other P2028 errors (a transaction that timed out mid-way) are not this.
 */
export function isPoolTimeout(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2028" &&
    /unable to start a transaction in the given time/i.test(error.message)
  );
}
