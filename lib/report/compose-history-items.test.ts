import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translator.ts";
import type { SourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import {
  clause,
  day,
  noSources,
  publicRound,
  publicVersion,
  reportData,
} from "@/test/support/report-data.ts";
import { composeHistoryItems } from "./compose-report-history.ts";

// The report's history items, composed from hand-built data: every expected sentence is
// written out here, so a changed count, date, filter or escape shows as a changed sentence.
// (The report tests check the same items end to end, from a study in the database.)

const t = getTranslator("report.text");
const compose = (data = reportData(), sources = noSources) => composeHistoryItems(data, sources, t);

describe("the rounds item", () => {
  it("gives each round its dates and the days between rounds, rounded", () => {
    const rounds = [
      publicRound({ number: 1, openedAt: day("2026-01-05"), closedAt: day("2026-01-19") }),
      // 2.4 days after round 1 closed: "2 days" (not 3).
      publicRound({
        number: 2,
        openedAt: new Date("2026-01-21T09:36:00Z"),
        closedAt: day("2026-02-01"),
      }),
      // 1.6 days after: "2 days" (not 1).
      publicRound({
        number: 3,
        versionNumber: 2,
        openedAt: new Date("2026-02-02T14:24:00Z"),
        closedAt: day("2026-02-10"),
      }),
      // Opened before round 3 closed (clocks, hand edits): never a negative gap.
      publicRound({
        number: 4,
        versionNumber: 2,
        openedAt: day("2026-02-09"),
        closedAt: day("2026-02-20"),
      }),
      // Never opened: no dates, and no gap to tell.
      publicRound({ number: 5, versionNumber: 2 }),
    ];
    expect(compose(reportData({ history: { rounds } })).rounds).toBe(
      [
        "- Round 1, on version 1: open from 2026-01-05 to 2026-01-19.",
        "- Round 2, on version 2: open from 2026-01-21 to 2026-02-01.",
        "- 2 days passed between the close of round 1 and the opening of round 2.",
        "- Round 3, on version 2: open from 2026-02-02 to 2026-02-10.",
        "- 2 days passed between the close of round 2 and the opening of round 3.",
        "- Round 4, on version 2: open from 2026-02-09 to 2026-02-20.",
        "- 0 days passed between the close of round 3 and the opening of round 4.",
        "- Round 5, on version 2: open from — to —.",
      ].join("\n"),
    );
  });

  it("says so when no round has closed", () => {
    expect(compose().rounds).toBe("No round has closed yet.");
  });

  it("tells after which rounds a summary went to the panel", () => {
    const rounds = [
      publicRound({ number: 1, summary: "## What you said" }),
      publicRound({ number: 2, summary: null }),
    ];
    expect(compose(reportData({ history: { rounds } })).feedback).toBe(
      [
        "- After round 1, the facilitators sent the panel a summary of the collective feedback: the figures for each part, selected quotations and the justified changes.",
        "- After round 2, no summary was sent.",
      ].join("\n"),
    );
  });
});

describe("the changes item", () => {
  it("lists each later version's changes with their class, justification and feedback", () => {
    const versions = [
      publicVersion({
        number: 1,
        changes: [change({ heading: "Not a change", justification: "ignored" })],
      }),
      publicVersion({
        number: 2,
        changes: [
          change({
            heading: "Clause 2",
            changeClass: "SUBSTANTIVE",
            justification: "Experts asked for *less*\njargon.",
            answered: { ACCEPTED: 2, DECLINED: 1 },
          }),
          change({ heading: "Explanatory text", answered: { OUT_OF_SCOPE: 0 } }),
          change({
            heading: "Clause 3",
            changeClass: "EDITORIAL",
            justification: "Typo.",
            answered: { PARTLY_ACCEPTED: 1 },
          }),
        ],
      }),
      publicVersion({ number: 3 }),
    ];
    expect(compose(reportData({ history: { versions } })).changes).toBe(
      [
        "### Version 2 (from version 1)",
        [
          "- **Clause 2** (substantive). Experts asked for \\*less\\* jargon. Answers 3 feedback items.",
          "- **Explanatory text** (not classed). No justification recorded.",
          "- **Clause 3** (editorial). Typo. Answers 1 feedback item.",
        ].join("\n"),
        "### Version 3 (from version 2)",
        "No change.",
      ].join("\n\n"),
    );
  });
});

describe("the final text and the versions appendix", () => {
  const versions = [
    publicVersion({ number: 1, date: day("2026-01-01"), clauses: [clause(1, "Only clause")] }),
    publicVersion({
      number: 2,
      date: day("2026-02-01"),
      explanatoryText: "  Intro text.  \n",
      clauses: [clause(1, "A [b]"), clause(2, "C")],
    }),
  ];

  it("states the last version, its date and its text, escaped", () => {
    expect(compose(reportData({ history: { versions } })).final).toBe(
      "Version 2, 2026-02-01.\n\nIntro text.\n\n1. A \\[b\\]\n2. C",
    );
  });

  it("has no final text before any version went to the panel", () => {
    expect(compose().final).toBe("");
  });

  it("gives every version in order, each with its date", () => {
    expect(compose(reportData({ history: { versions } })).appendixVersions).toBe(
      [
        "### Version 1 (2026-01-01)",
        "1. Only clause",
        "### Version 2 (2026-02-01)",
        "Intro text.",
        "1. A \\[b\\]\n2. C",
      ].join("\n\n"),
    );
  });
});

describe("acknowledgements and the panel appendix", () => {
  const named = [
    { name: "Ada Lovelace", affiliation: "Analytical Society" },
    { name: "B_ob", affiliation: null },
  ];
  const withAck = (n: typeof named, further: number) =>
    compose(reportData({ history: { acknowledgements: { named: n, further } } }));

  it("names those who agreed, with their affiliation, and counts the others", () => {
    const items = withAck(named, 2);
    expect(items.acknowledgements).toBe(
      [
        "We thank the experts of the panel. Those who agreed to be named:",
        "- Ada Lovelace, Analytical Society\n- B\\_ob",
        "and 2 further experts who preferred not to be named.",
      ].join("\n\n"),
    );
    expect(items.appendixPanel).toBe(
      [
        "Named with their consent:",
        "- Ada Lovelace, Analytical Society\n- B\\_ob",
        "2 further experts took part without being named.",
      ].join("\n\n"),
    );
  });

  it("adds nothing about further experts when everyone agreed to be named", () => {
    const items = withAck(named.slice(0, 1), 0);
    expect(items.acknowledgements).toBe(
      "We thank the experts of the panel. Those who agreed to be named:\n\n- Ada Lovelace, Analytical Society",
    );
    expect(items.appendixPanel).toBe(
      "Named with their consent:\n\n- Ada Lovelace, Analytical Society",
    );
    expect(withAck(named.slice(1), 1).acknowledgements).toBe(
      "We thank the experts of the panel. Those who agreed to be named:\n\n- B\\_ob\n\nand 1 further expert who preferred not to be named.",
    );
  });

  it("names nobody when nobody agreed", () => {
    expect(withAck([], 0).acknowledgements).toBe("No expert has taken part yet.");
    expect(withAck([], 1).acknowledgements).toBe(
      "One expert took part and preferred not to be named.",
    );
    expect(withAck([], 3).acknowledgements).toBe(
      "3 experts took part and preferred not to be named.",
    );
    expect(withAck([], 0).appendixPanel).toBe("No expert agreed to be named.");
    expect(withAck([], 3).appendixPanel).toBe(
      "No expert agreed to be named.\n\n3 further experts took part without being named.",
    );
  });
});

describe("the sources appendix", () => {
  it("says when no source was recorded", () => {
    expect(compose().appendixSources).toBe("No source definitions were recorded.");
  });

  it("quotes each source with where it applies, then the frequencies and the mapping", () => {
    const sources: SourceAnalysis = {
      ...noSources,
      sources: [
        source({ text: "Fast | cheap", citation: "Smith (2020)", jurisdiction: "EU" }),
        source({ text: "Plain", citation: "Doe", characteristics: [] }),
        source({ text: "Both", citation: "Roe", jurisdiction: "UK", sector: "Banking" }),
      ],
      frequency: [
        { id: "f1", name: "speed", sources: 2, share: 2 / 3 },
        { id: "f2", name: "cost", sources: 1, share: 1 / 3 },
      ],
      mapping: {
        version: { id: "v3", number: 3, clauses: [] },
        rows: [
          { id: "f1", name: "speed", inText: true, clauses: [1, 2], clauseVersionIds: [] },
          { id: "f2", name: "cost", inText: false, clauses: [], clauseVersionIds: [] },
          { id: "f3", name: "scope", inText: false, clauses: [4], clauseVersionIds: [] },
        ],
      },
    };
    expect(compose(reportData(), sources).appendixSources).toBe(
      [
        "> Fast \\| cheap",
        "Smith (2020) (EU). Mentions: speed, cost.",
        "> Plain",
        "Doe. Mentions: —.",
        "> Both",
        "Roe (UK, Banking). Mentions: speed, cost.",
        "### Characteristics by frequency",
        "| Characteristic | Sources | Share |\n| --- | --- | --- |\n| speed | 2 | 67% |\n| cost | 1 | 33% |",
        "### Where each characteristic appears in version 3",
        "| Characteristic | Where |\n| --- | --- |\n| speed | explanatory text, Clause 1, Clause 2 |\n| cost | does not appear |\n| scope | Clause 4 |",
      ].join("\n\n"),
    );
  });

  it("leaves the mapping out when no version was mapped", () => {
    const sources = {
      ...noSources,
      sources: [source({ text: "Plain", citation: "Doe" })],
      frequency: [],
    };
    expect(compose(reportData(), sources).appendixSources).toBe(
      [
        "> Plain",
        "Doe. Mentions: speed, cost.",
        "### Characteristics by frequency",
        "| Characteristic | Sources | Share |\n| --- | --- | --- |",
      ].join("\n\n"),
    );
  });
});

type Change = ReturnType<typeof publicVersion>["changes"][number];
function change(over: Partial<Change> & { heading: string }): Change {
  return {
    kind: "EDITED",
    parts: [],
    changeClass: null,
    justification: null,
    answered: {},
    ...over,
  };
}

function source(over: Partial<SourceAnalysis["sources"][number]>) {
  return {
    id: over.citation ?? "s",
    text: "",
    citation: "",
    jurisdiction: "",
    sector: "",
    characteristics: ["speed", "cost"],
    ...over,
  };
}
