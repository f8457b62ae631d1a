import { createFormatter, createTranslator } from "next-intl";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import type { ConsensusRuleKind } from "@/lib/consensus/statistics.ts";
import type { MessageNamespace } from "@/i18n/types.ts";
import { contestedClauses, type PublicStudy } from "@/lib/publication/get-public-study.ts";
import type { PublicRound } from "@/lib/publication/internal/list-public-rounds.ts";
import en from "@/messages/en/index.ts";
import { clausePart, partsRule, publicPart, publicRound } from "@/test/support/report-data.ts";
import { ContestedParts } from "./contested-parts.tsx";

// Server components: their translations come from next-intl's request config, which a unit
// test does not have. The real English messages stand in for it.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: MessageNamespace) =>
    createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

/** The public page's "Where consensus was not reached", as text, for a study's rounds. */
async function contestedText(rounds: PublicRound[], kind: ConsensusRuleKind = "SHARE") {
  // Only the fields the section reads; the rest of a public study plays no part here.
  const study = { rule: partsRule(kind), rounds } as unknown as PublicStudy;
  const element = await ContestedParts({ study, contested: contestedClauses(study)! });
  const { prelude } = await prerender(element);
  const html = await new Response(prelude).text();
  return html
    .replace(/<\/(p|li|h2)>/g, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/[ ]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

describe("where consensus was not reached, on the public page", () => {
  it("never counts a part nobody answered as consensus", async () => {
    const rounds = [
      publicRound({
        number: 2,
        clauses: [
          clausePart(1, publicPart([6, 0, 0], 1, "CONSENSUS")),
          clausePart(2, publicPart([0, 0, 6], null, "NO_DATA")),
        ],
        overall: publicPart([6, 0, 0], 1, "CONSENSUS"),
      }),
    ];
    expect(await contestedText(rounds)).toEqual([
      "Where consensus was not reached",
      "Consensus on the whole text",
      "6 of 6 experts who answered could live with the text as a whole (100%).",
      "Every part that was answered reached consensus in round 2, the last round.",
      "No expert answered this part in round 2, the last round, so it has no verdict:",
      "Clause 2 No answers",
      "Clause 2 text",
    ]);
  });

  it("lists the unresolved parts, then the unanswered ones", async () => {
    const rounds = [
      publicRound({
        number: 1,
        text: publicPart([0, 0, 4], null, "NO_DATA"),
        clauses: [clausePart(1, publicPart([1, 3, 0], 0.25, "CONTESTED"))],
        overall: publicPart([1, 3, 0], 0.25, "CONTESTED"),
      }),
    ];
    expect(await contestedText(rounds, "NO_OBJECTION")).toEqual([
      "Where consensus was not reached",
      "No consensus on the whole text",
      "1 of 4 experts who answered could live with the text as a whole (25%).",
      "In round 1, the last round, these parts were contested: at least one expert who answered could not live with them.",
      "Clause 1 Contested",
      "Clause 1 text",
      "1 of 4 experts who answered could live with it (25%); 3 could not.",
      "No expert answered this part in round 1, the last round, so it has no verdict:",
      "The explanatory text No answers",
    ]);
  });

  it("says of a round nobody answered only that no part has a verdict", async () => {
    const none = publicPart([0, 0, 3], null, "NO_DATA");
    const rounds = [publicRound({ number: 1, clauses: [clausePart(1, none)], overall: none })];
    expect(await contestedText(rounds)).toEqual([
      "Where consensus was not reached",
      "No answers on the text as a whole",
      "No expert answered this part in round 1, the last round, so it has no verdict:",
      "Clause 1 No answers",
      "Clause 1 text",
    ]);
  });

  it("says every part reached consensus when every part was answered and none is unresolved", async () => {
    const rounds = [
      publicRound({
        number: 3,
        clauses: [clausePart(1, publicPart([5, 1, 0], 5 / 6, "CONSENSUS"))],
        overall: publicPart([5, 1, 0], 5 / 6, "CONSENSUS"),
      }),
    ];
    expect((await contestedText(rounds)).slice(3)).toEqual([
      "Every part reached consensus in round 3, the last round.",
    ]);
  });
});
