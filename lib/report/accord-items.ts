import type { ReportItemKey } from "./report-items.ts";

// The ACCORD reporting guideline for consensus methods (Gattrell et al., PLOS Medicine 2024):
// 35 items in six sections (title 1, introduction 3, methods 21, results 5, discussion 2,
// other information 3). The wording below is our own short paraphrase of what each item
// asks for, not the guideline's text; `homes` are the report sections that answer it.
// The section counts were checked against the paper's abstract; the order of the items
// inside a section could not be checked against its table from this workplace (no access
// to the full text), which is why the report page links the published checklist.

export const ACCORD_SECTIONS = [
  "title",
  "introduction",
  "methods",
  "results",
  "discussion",
  "other",
] as const;

type AccordSection = (typeof ACCORD_SECTIONS)[number];

export type GuidelineItem<S extends string> = {
  id: string;
  section: S;
  text: string;
  homes: readonly ReportItemKey[];
};

/** One checklist item: its number, section, our paraphrase and the sections that answer it. */
export function guidelineItem<S extends string>(
  id: string,
  section: S,
  text: string,
  homes: readonly ReportItemKey[],
): GuidelineItem<S> {
  return { id, section, text, homes };
}

const item = guidelineItem<AccordSection>;

export const accordItems: readonly GuidelineItem<AccordSection>[] = [
  item("T1", "title", "Say in the title that the study seeks consensus, and by which method.", [
    "title",
  ]),
  item(
    "I1",
    "introduction",
    "Background: what is known and where evidence or agreement is lacking.",
    ["background"],
  ),
  item("I2", "introduction", "Why a consensus method suits the question.", ["methodChoice"]),
  item("I3", "introduction", "The aims or objectives of the study.", ["rationale"]),
  item("M1", "methods", "Whether and where the study or its protocol was registered.", [
    "registration",
  ]),
  item("M2", "methods", "Who formed the steering group and how they were chosen.", [
    "facilitators",
  ]),
  item("M3", "methods", "What the steering group and facilitators did during the process.", [
    "facilitators",
  ]),
  item("M4", "methods", "Who was eligible for the panel and how experts were selected.", [
    "eligibility",
  ]),
  item("M5", "methods", "How panel members were approached and recruited.", ["recruitment"]),
  item("M6", "methods", "The intended panel size and the reasoning behind it.", ["panelSize"]),
  item("M7", "methods", "The evidence and information sources that fed the process.", [
    "informationSources",
    "appendixSources",
  ]),
  item("M8", "methods", "How the initial statements or first draft were developed.", [
    "firstDraft",
  ]),
  item("M9", "methods", "Whether the questionnaire was piloted, and what changed as a result.", [
    "pilot",
  ]),
  item("M10", "methods", "The format of the questionnaire: questions, answer options, scales.", [
    "instrument",
  ]),
  item("M11", "methods", "How consensus was defined, and whether this was set in advance.", [
    "protocol",
  ]),
  item("M12", "methods", "The number of rounds planned and when the process would stop.", [
    "stopping",
  ]),
  item("M13", "methods", "How each round ran: dates, duration and the time between rounds.", [
    "rounds",
  ]),
  item("M14", "methods", "How anonymity was kept, and for whom.", ["anonymity"]),
  item("M15", "methods", "What feedback participants received between rounds.", [
    "feedback",
    "appendixSummaries",
  ]),
  item("M16", "methods", "How missing answers and non-responding participants were handled.", [
    "nonAnswers",
  ]),
  item("M17", "methods", "How the answers and comments were analysed.", ["analysis"]),
  item("M18", "methods", "How items were added, changed, merged or dropped between rounds.", [
    "changes",
    "analysis",
  ]),
  item("M19", "methods", "Any change to the planned methods, with its reason.", ["deviations"]),
  item("M20", "methods", "Ethics approval (or why none was needed) and participants' consent.", [
    "ethics",
  ]),
  item("M21", "methods", "Who the panel members were, in aggregate.", ["composition"]),
  item(
    "R1",
    "results",
    "How many took part in each round: response rates and drop-out, ideally as a flow figure.",
    ["participation", "rounds"],
  ),
  item("R2", "results", "The results of each round.", ["results"]),
  item("R3", "results", "How the text or statements changed from round to round, and why.", [
    "changes",
  ]),
  item("R4", "results", "The final outcome: the agreed text or statements.", [
    "final",
    "appendixVersions",
  ]),
  item("R5", "results", "Where consensus was not reached.", ["contested"]),
  item("D1", "discussion", "What the findings mean, set against other work.", ["discussion"]),
  item("D2", "discussion", "Strengths and limitations of the process.", ["limitations"]),
  item("O1", "other", "Sources of funding and the funders' role.", ["funding"]),
  item(
    "O2",
    "other",
    "Conflicts of interest of the panel and the steering group, and how they were handled.",
    ["conflicts"],
  ),
  item("O3", "other", "Where the data and supporting documents can be found.", [
    "dataAvailability",
    "appendixPanel",
  ]),
];
