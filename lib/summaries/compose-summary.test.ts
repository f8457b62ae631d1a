import { describe, expect, it } from "vitest";
import type { PartResult, RoundResults } from "@/lib/consensus/get-round-results.ts";
import { composeSummary, quoteBlock } from "./compose-summary.ts";

const part = (canLiveWith: number, cannotLiveWith: number): PartResult => ({
  respondents: 4,
  canLiveWith,
  cannotLiveWith,
  noAnswer: 4 - canLiveWith - cannotLiveWith,
  suggestions: 0,
  canShare: canLiveWith + cannotLiveWith ? canLiveWith / (canLiveWith + cannotLiveWith) : null,
  status: canLiveWith * 4 >= 3 * (canLiveWith + cannotLiveWith) ? "CONSENSUS" : "NO_CONSENSUS",
  ratings: null,
  movement: null,
});

const results: RoundResults = {
  round: { id: "r", number: 2, state: "CLOSED", versionNumber: 2 },
  rule: {
    parts: { kind: "SHARE", threshold: 75 },
    whole: { kind: "NO_OBJECTION", threshold: 75 },
    medianMin: null,
    iqrMax: null,
  },
  respondents: 4,
  figures: { respondents: 4, canLiveWithWhole: 4, flagging: 3, neither: 1 },
  text: null,
  overall: part(4, 0),
  clauses: [
    { clauseVersionId: "a", clauseId: "x", position: 1, text: "One.", ...part(3, 1) },
    { clauseVersionId: "b", clauseId: "y", position: 2, text: "Two.", ...part(1, 2) },
  ],
};

describe("composeSummary", () => {
  it("puts the text, the figures and the quotations in that order", () => {
    const out = composeSummary({
      body: "Hello.",
      quotations: ["First", "Second"],
      results,
      shuffle: false,
    });
    expect(out.split("\n\n").slice(0, 2)).toEqual(["Hello.", "## Results of round 2"]);
    // The words of the results and public pages: parts, columns, verdicts and the rule.
    expect(out).toContain(
      "| Part | Can live with it | Cannot live with it | No answer | Share who can live with it | Status |",
    );
    expect(out).toContain("| Clause 1 | 3 | 1 | 0 | 75% | Consensus |");
    expect(out).toContain("| Clause 2 | 1 | 2 | 1 | 33% | No consensus |");
    expect(out).toContain("| The text as a whole | 4 | 0 | 0 | 100% | Consensus |");
    expect(out).toContain("at least 75% of the experts who answered it can live with it.");
    expect(out).toContain(
      "The text as a whole reaches consensus when every expert who answered can live with it.",
    );
    expect(out).toContain("**Consensus on the whole text**");
    expect(out.indexOf("> First")).toBeLessThan(out.indexOf("> Second"));
    expect(composeSummary({ body: "Hi.", quotations: [], results, shuffle: false })).not.toContain(
      "What the panel said",
    );
  });

  it("shuffles every quotation in exactly once", () => {
    const quotations = Array.from({ length: 12 }, (_, i) => `Quote ${i}`);
    const orders = new Set<string>();
    for (let run = 0; run < 5; run++) {
      const out = composeSummary({ body: "B.", quotations, results, shuffle: true });
      const quoted = out
        .split("\n\n")
        .filter((b) => b.startsWith("> "))
        .map((b) => b.slice(2));
      expect([...quoted].sort()).toEqual([...quotations].sort());
      orders.add(quoted.join("|"));
    }
    // 12! orders: five identical runs in a row would mean no shuffling at all.
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe("quoteBlock", () => {
  it("keeps an expert's Markdown inert and quotes every line", () => {
    expect(quoteBlock("See [this](http://x) and ![img](y)\n# Not a heading <b>")).toBe(
      "> See \\[this\\](http://x) and \\!\\[img\\](y)\n> \\# Not a heading \\<b\\>",
    );
  });
});
