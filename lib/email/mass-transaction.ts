// The interactive-transaction limits of a mass mailing (invite all, open a round, send a
// summary). Set-based, 1,000 experts take well under a second of database time, but the
// Node work between the statements (links, templates, sealing) and a busy machine can
// approach Prisma's 5 s default; going over it would roll back a whole mailing that is
// safe to finish. The wait for a connection stays short: a saturated pool fails fast.
export const MASS_TRANSACTION = { maxWait: 5_000, timeout: 20_000 } as const;
