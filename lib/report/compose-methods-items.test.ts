import { describe, expect, it } from "vitest";
import type { SourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import {
  noSources,
  publicRound,
  publicVersion,
  reportData,
  unanswered,
} from "@/test/support/report-data.ts";
import { composeMethodsItems } from "./compose-report-methods.ts";

// The ACCORD methods items the app states from its own records, composed from hand-built
// data with every expected sentence written out. An item whose facts are missing must stay
// empty (the report then says "Not reported") rather than claim something.

type Data = Parameters<typeof reportData>[0];
const compose = (over: Data = {}, sources: SourceAnalysis = noSources) =>
  composeMethodsItems(reportData(over), sources);

describe("protocol details", () => {
  it("tells the registration, with its number when there is one, escaped", () => {
    expect(compose().registration).toBe("");
    expect(compose({ protocol: { registrationId: "123" } }).registration).toBe("");
    expect(compose({ protocol: { registryName: "OSF" } }).registration).toBe(
      "The study was registered with OSF.",
    );
    expect(
      compose({ protocol: { registryName: "OSF", registrationId: "abc_1" } }).registration,
    ).toBe("The study was registered with OSF under abc\\_1.");
  });

  it("passes on the steering group, pilot and funding only when written", () => {
    const empty = compose();
    expect([empty.facilitators, empty.pilot, empty.funding]).toEqual(["", "", ""]);
    const items = compose({
      protocol: {
        steeringGroup: "Two *chairs*",
        pilotTesting: "Tried with [3] people",
        funding: "None_declared",
      },
    });
    expect(items.facilitators).toBe("Steering group: Two \\*chairs\\*");
    expect(items.pilot).toBe("Tried with \\[3\\] people");
    expect(items.funding).toBe("None\\_declared");
  });

  it("states the panel cap beside how many were invited", () => {
    expect(compose({ protocol: { panelCap: 40 }, funnel: { invited: 1 } }).panelSize).toBe(
      "The protocol capped the panel at 40 experts; 1 expert was invited.",
    );
    expect(compose({ protocol: { panelCap: 40 }, funnel: { invited: 12 } }).panelSize).toBe(
      "The protocol capped the panel at 40 experts; 12 experts were invited.",
    );
  });
});

describe("the stopping rule", () => {
  const planned =
    "The protocol planned to stop after 3 rounds, each open for 14 days unless the facilitators set another deadline. The consensus rule above, fixed before round 1, decided which parts had consensus in each round.";
  const rounds = (n: number) => Array.from({ length: n }, (_, i) => publicRound({ number: i + 1 }));

  it("counts the rounds closed so far while the study is not published", () => {
    expect(compose().stopping).toBe(`${planned} No round has closed yet.`);
    expect(compose({ history: { rounds: rounds(1) } }).stopping).toBe(
      `${planned} 1 round has closed so far.`,
    );
    expect(compose({ history: { rounds: rounds(3) } }).stopping).toBe(
      `${planned} 3 rounds have closed so far.`,
    );
  });

  it("compares the rounds run with the plan once published", () => {
    const published = { published: true };
    expect(compose({ methods: published, history: { rounds: rounds(3) } }).stopping).toBe(
      `${planned} 3 rounds were run, as planned.`,
    );
    expect(compose({ methods: published, history: { rounds: rounds(2) } }).stopping).toBe(
      `${planned} 2 rounds were run instead of the 3 planned.`,
    );
    expect(
      compose({
        methods: published,
        study: { plannedRounds: 1 },
        protocol: { plannedRoundDays: 1 },
        history: { rounds: rounds(1) },
      }).stopping,
    ).toBe(
      "The protocol planned to stop after 1 round, each open for 1 day unless the facilitators set another deadline. The consensus rule above, fixed before round 1, decided which parts had consensus in each round. 1 round was run, as planned.",
    );
  });
});

describe("information sources", () => {
  const tail =
    "Appendix C lists every source with its characteristics and how often each characteristic appears.";
  const src = (id: string) => ({
    id,
    text: "",
    citation: "",
    jurisdiction: "",
    sector: "",
    characteristics: [],
  });
  const freq = (name: string) => ({ id: name, name, sources: 1, share: 1 });

  it("says nothing without sources", () => {
    expect(compose().informationSources).toBe("");
  });

  it("names the three most frequent characteristics and the mapped version", () => {
    const sources: SourceAnalysis = {
      ...noSources,
      sources: [src("s1"), src("s2")],
      frequency: ["speed", "low_cost", "scope", "fourth"].map(freq),
      mapping: { version: { id: "v", number: 2, clauses: [] }, rows: [] },
    };
    expect(compose({}, sources).informationSources).toBe(
      `The facilitators collected 2 published definitions and tagged the characteristics each one mentions (4 characteristics in all). The most frequent: speed, low\\_cost, scope. ${tail} Appendix C also shows where each characteristic appears in version 2.`,
    );
  });

  it("says so when no characteristic was tagged, and leaves the mapping out", () => {
    const sources = { ...noSources, sources: [src("s1")] };
    expect(compose({}, sources).informationSources).toBe(
      `The facilitators collected 1 published definition and tagged the characteristics each one mentions (0 characteristics in all). The most frequent: —. ${tail}`,
    );
  });
});

describe("the instrument", () => {
  const intro =
    "Each round put one version of the text to the panel: an explanatory text followed by numbered clauses. Experts answered online through a personal link and could change their answers until the round closed. For each round they were asked:";
  const part =
    "- for each part (the explanatory text and each clause): whether they can live with it or cannot live with it; why (required when they cannot live with it); and, optionally, how they would reword it;";
  const whole = "- whether they can live with the text as a whole (required to submit);";
  const comments = "- general comments, in their own words.";

  it("lists the questions, with the rating only when the study has a scale", () => {
    expect(compose().instrument).toBe(`${intro}\n\n${[part, whole, comments].join("\n")}`);
    expect(compose({ study: { ratingScaleMax: 7 } }).instrument).toBe(
      `${intro}\n\n${[part, whole, "- a rating of each clause from 1 to 7;", comments].join("\n")}`,
    );
  });
});

describe("non-answers", () => {
  const rule =
    "A part left without a position counts as “no answer”: it is reported apart and is neither agreement nor disagreement, and each share is computed over the experts who answered that part. Answers saved but never submitted do not count. Experts who did not answer one round were asked again in the next unless they had declined or withdrawn.";
  const clauses = (...n: number[]) =>
    n.map((noAnswer, i) => ({ ...unanswered(noAnswer), number: i + 1, text: "" }));

  it("states the rule alone before any round closed", () => {
    expect(compose().nonAnswers).toBe(rule);
  });

  it("counts the empty answers of the last round only, the text's included", () => {
    const rounds = [
      publicRound({ number: 1, text: unanswered(9), clauses: clauses(9) }),
      publicRound({ number: 2, text: unanswered(2), clauses: clauses(1, 3) }),
    ];
    expect(compose({ history: { rounds } }).nonAnswers).toBe(
      `${rule} In round 2, the last round, 6 answers on parts were left empty.`,
    );
  });

  it("words one and none", () => {
    const one = [publicRound({ number: 1, clauses: clauses(0, 1) })];
    expect(compose({ history: { rounds: one } }).nonAnswers).toBe(
      `${rule} In round 1, the last round, 1 answer on a part was left empty.`,
    );
    const none = [publicRound({ number: 3, text: unanswered(0), clauses: clauses(0) })];
    expect(compose({ history: { rounds: none } }).nonAnswers).toBe(
      `${rule} In round 3, the last round, every expert who answered took a position on every part.`,
    );
  });
});

describe("the analysis", () => {
  const header =
    "| Version | Change | Accepted | Partly accepted | Declined | Out of scope |\n| --- | --- | --- | --- | --- | --- |";
  const links =
    "Each change to the text was justified and linked to the feedback items it answered. For each change, the feedback items it answered, by what was done with them:";
  const change = (heading: string, answered: Record<string, number>) => ({
    heading,
    kind: "EDITED" as const,
    parts: [],
    changeClass: null,
    justification: null,
    answered,
  });

  it("stays empty with one version and no tagged feedback", () => {
    expect(compose({ history: { versions: [publicVersion({ number: 1 })] } }).analysis).toBe("");
  });

  it("tells the feedback work and tabulates what each change did with it", () => {
    const versions = [
      publicVersion({ number: 1, changes: [change("Ignored", { ACCEPTED: 5 })] }),
      publicVersion({
        number: 2,
        changes: [change("Clause 1", { ACCEPTED: 1, OUT_OF_SCOPE: 2 }), change("Clause_2", {})],
      }),
      publicVersion({
        number: 3,
        changes: [change("Explanatory text", { PARTLY_ACCEPTED: 3, DECLINED: 1 })],
      }),
    ];
    expect(
      compose({
        history: { versions },
        methods: { notes: { tagged: 4, themes: 1, addressed: 2 } },
      }).analysis,
    ).toBe(
      [
        "The facilitators read every submitted answer, tagged 4 feedback items with 1 theme and marked 2 as addressed.",
        links,
        [
          header,
          "| Version 2 | Clause 1 | 1 | 0 | 0 | 2 |",
          "| Version 2 | Clause\\_2 | 0 | 0 | 0 | 0 |",
          "| Version 3 | Explanatory text | 0 | 3 | 1 | 0 |",
        ].join("\n"),
      ].join("\n\n"),
    );
  });

  it("says no change was linked, and tells tagging alone", () => {
    const versions = [
      publicVersion({ number: 1 }),
      publicVersion({ number: 2, changes: [change("Clause 1", { DECLINED: 0 })] }),
    ];
    expect(compose({ history: { versions } }).analysis).toBe(
      "No change was linked to feedback items.",
    );
    expect(compose({ methods: { notes: { tagged: 1, themes: 2, addressed: 0 } } }).analysis).toBe(
      "The facilitators read every submitted answer, tagged 1 feedback item with 2 themes and marked 0 as addressed.",
    );
  });
});

describe("ethics", () => {
  const consent =
    "Experts took part by accepting a personal invitation after reading the anonymity statement; they are named only if they agreed to be.";

  it("states an approval, with its reference, and consent once experts were invited", () => {
    const approved = { ethicsStatus: "APPROVED" as const, ethicsBody: "Uni_Board" };
    expect(
      compose({ protocol: { ...approved, ethicsReference: "R*1" }, funnel: { invited: 3 } }).ethics,
    ).toBe(`The study was approved by Uni\\_Board (reference R\\*1). ${consent}`);
    expect(compose({ protocol: approved }).ethics).toBe("The study was approved by Uni\\_Board.");
  });

  it("states an exemption with its reason", () => {
    expect(
      compose({
        protocol: { ethicsStatus: "NOT_REQUIRED", ethicsExemption: "Anonymous *survey*." },
        funnel: { invited: 2 },
      }).ethics,
    ).toBe(`No ethics approval was sought: Anonymous \\*survey\\*. ${consent}`);
  });

  it("says nothing, not even consent, when no ethics status was given", () => {
    expect(
      compose({ protocol: { ethicsBody: "Board", ethicsReference: "R1" }, funnel: { invited: 5 } })
        .ethics,
    ).toBe("");
  });
});

describe("data files and summaries", () => {
  it("lists the public files when there are any", () => {
    expect(compose().dataAvailability).toBe("");
    expect(
      compose({ methods: { files: ["https://x.test/s/a", "https://x.test/s/a/text.json"] } })
        .dataAvailability,
    ).toBe(
      "The published study and its data:\n\n- <https://x.test/s/a>\n- <https://x.test/s/a/text.json>",
    );
  });

  it("gives each summary sent, made safe, and says where none was", () => {
    const rounds = [
      publicRound({
        number: 1,
        summary: "  ## Said\n\n<script>x</script> [a](javascript:void)  ",
      }),
      publicRound({ number: 2, summary: null }),
    ];
    expect(compose({ history: { rounds } }).appendixSummaries).toBe(
      "### After round 1\n\n## Said\n\n&lt;script>x&lt;/script> [a](#)\n\nAfter round 2, no summary was sent.",
    );
    expect(compose().appendixSummaries).toBe("");
  });
});
