import { guidelineItem, type GuidelineItem } from "./accord-items.ts";

// CREDES, the guidance on conducting and reporting Delphi studies (Jünger et al.,
// Palliative Medicine 2017), in four parts. Our own paraphrase of each item, with the
// report sections that answer it.

export const CREDES_SECTIONS = ["rationale", "design", "conduct", "reporting"] as const;

type CredesSection = (typeof CREDES_SECTIONS)[number];

const item = guidelineItem<CredesSection>;

export const credesItems: readonly GuidelineItem<CredesSection>[] = [
  item("1", "rationale", "Justify the use of a Delphi process for the question.", ["methodChoice"]),
  item("2", "design", "Plan the process: the steps, the rounds and how they connect.", [
    "protocol",
    "stopping",
  ]),
  item("3", "design", "Define consensus before the study begins.", ["protocol"]),
  item("4", "conduct", "Prepare the information given to the panel from the evidence.", [
    "informationSources",
    "firstDraft",
  ]),
  item("5", "conduct", "Guard against bias, including the facilitators' own influence.", [
    "anonymity",
    "facilitators",
  ]),
  item("6", "conduct", "Interpret and process the results of each round, including the comments.", [
    "analysis",
    "changes",
  ]),
  item("7", "conduct", "Consider validating the result outside the panel.", ["discussion"]),
  item("8", "reporting", "State the study's purpose and rationale.", ["background", "rationale"]),
  item("9", "reporting", "Describe the panel: selection, expertise and composition.", [
    "eligibility",
    "recruitment",
    "composition",
  ]),
  item("10", "reporting", "Describe the methods, including any changes to them.", [
    "instrument",
    "protocol",
    "deviations",
  ]),
  item(
    "11",
    "reporting",
    "Show the procedure, ideally as a flow chart of rounds and participants.",
    ["rounds", "participation"],
  ),
  item("12", "reporting", "Report how consensus was defined and whether it was reached.", [
    "protocol",
    "contested",
  ]),
  item("13", "reporting", "Report the results of every round and the final outcome.", [
    "results",
    "final",
  ]),
  item("14", "reporting", "Discuss the study's limitations.", ["limitations"]),
  item("15", "reporting", "Judge whether the conclusions follow from the results.", ["discussion"]),
  item("16", "reporting", "Say how the results will be published and disseminated.", [
    "dataAvailability",
  ]),
];
