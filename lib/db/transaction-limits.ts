// Interactive transaction limits, set deliberately rather than left at Prisma's defaults
// (2 s to get a connection, 5 s to finish).
//
// An expert's answer is a short transaction (a dozen statements, no outside calls): when
// its wait for a pooled connection passes ANSWER_TRANSACTION.maxWait the database is
// saturated, and the expert is told "busy" and their page retries with backoff rather than
// queueing ever longer (lib/db/is-pool-timeout.ts). The timeout bounds how long one
// transaction may hold its locks, including the round's write lock a close waits for.
export const ANSWER_TRANSACTION = { maxWait: 5_000, timeout: 10_000 } as const;

// Closing a round or moving its deadline competes for connections with every expert answering
// at that moment, and then waits for their writes in flight: it may wait longer than one
// answer, so that a facilitator's close does not fail because the panel is busy.
export const ROUND_CHANGE_TRANSACTION = { maxWait: 15_000, timeout: 20_000 } as const;
