// Where an expert stands in the study, as their personal page says it in one banner. One
// state at a time, so the page never says two things at once (a round open "— give your
// answers" above "you will receive an email when the first round opens").
//
//   panel status   study                 open round  earlier round  →  stage
//   INVITED        any                   —/yes       any            →  invited (with the round, if open)
//   DECLINED       any                   any         any            →  declined
//   ACCEPTED       COMPLETED/PUBLISHED/  any         any            →  finished (the public pages, if published)
//                  ARCHIVED
//   ACCEPTED       DRAFT/ACTIVE          yes         any            →  roundOpen (not answered, draft,
//                                                                       submitted, or changed since)
//   ACCEPTED       DRAFT/ACTIVE          no          yes            →  betweenRounds
//   ACCEPTED       DRAFT/ACTIVE          no          no             →  waiting
//
// Withdrawn and excluded experts never get here: their link is refused (resolve-expert-link).

import type { PanelMemberStatus, StudyStatus } from "@/lib/generated/prisma/enums.ts";

export type OpenRoundFacts = {
  number: number;
  closesAt: Date;
  /** The expert's own answer in it, if any. */
  response: { submittedAt: Date | null; hasDraftBeside: boolean } | null;
};

export type ExpertStageFacts = {
  status: PanelMemberStatus;
  studyStatus: StudyStatus;
  /** The study's public address, when published. */
  publicSlug: string | null;
  openRound: OpenRoundFacts | null;
  /** The number of the last round closed so far, or null if none has closed. */
  lastClosedRound: number | null;
};

export type AnswerState = "none" | "draft" | "submitted" | "changed";

export type ExpertStage =
  | { kind: "invited"; round: { number: number; closesAt: Date } | null }
  | { kind: "declined" }
  | { kind: "waiting" }
  | {
      kind: "roundOpen";
      round: { number: number; closesAt: Date };
      answer: AnswerState;
      submittedAt: Date | null;
    }
  | { kind: "betweenRounds"; lastClosedRound: number }
  | { kind: "finished"; publicSlug: string | null };

const FINISHED: ReadonlySet<StudyStatus> = new Set(["COMPLETED", "PUBLISHED", "ARCHIVED"]);

export function expertStage(facts: ExpertStageFacts): ExpertStage {
  const open = facts.openRound;
  const round = open ? { number: open.number, closesAt: open.closesAt } : null;
  if (facts.status === "DECLINED") return { kind: "declined" };
  if (facts.status !== "ACCEPTED") return { kind: "invited", round };
  if (FINISHED.has(facts.studyStatus))
    return {
      kind: "finished",
      publicSlug: facts.studyStatus === "PUBLISHED" ? facts.publicSlug : null,
    };
  if (open && round) {
    const submittedAt = open.response?.submittedAt ?? null;
    const answer: AnswerState = !open.response
      ? "none"
      : !submittedAt
        ? "draft"
        : open.response.hasDraftBeside
          ? "changed"
          : "submitted";
    return { kind: "roundOpen", round, answer, submittedAt };
  }
  if (facts.lastClosedRound !== null)
    return { kind: "betweenRounds", lastClosedRound: facts.lastClosedRound };
  return { kind: "waiting" };
}
