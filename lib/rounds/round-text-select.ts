import type { Prisma } from "@/lib/generated/prisma/client.ts";

/**
 * The text a round asks about, as every reader of a round selects it (results, feedback
 * digest, the responses table, the expert's page): its version's number and explanatory
 * text, and its clauses in the order the panel reads them. Use as
 * `version: { select: roundTextSelect }` in a query on Round.
 */
export const roundTextSelect = {
  number: true,
  explanatoryText: true,
  clauses: {
    orderBy: { position: "asc" },
    select: { id: true, clauseId: true, position: true, text: true },
  },
} as const satisfies Prisma.VersionSelect;

export type RoundText = Prisma.VersionGetPayload<{ select: typeof roundTextSelect }>;
