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
  rule: { threshold: 75, medianMin: null, iqrMax: null },
  respondents: 4,
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
    expect(out).toContain("| Clause 1 | 3 | 1 | 0 | 75% | Yes |");
    expect(out).toContain("| Clause 2 | 1 | 2 | 1 | 33% | No |");
    expect(out).toContain("| Whole text | 4 | 0 | 0 | 100% | Yes |");
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
