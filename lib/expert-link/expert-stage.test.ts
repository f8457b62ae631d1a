import { describe, expect, it } from "vitest";
import { expertStage, type ExpertStageFacts } from "./expert-stage.ts";

// The state table of expert-stage.ts, row by row: one banner per state, never two.

const closesAt = new Date("2026-12-10T17:00:00Z");
const submittedAt = new Date("2026-12-03T09:30:00Z");
const base: ExpertStageFacts = {
  status: "ACCEPTED",
  studyStatus: "ACTIVE",
  publicSlug: "repair-cafes",
  openRound: null,
  lastClosedRound: null,
};
const open = (response: { submittedAt: Date | null; hasDraftBeside: boolean } | null) => ({
  number: 2,
  closesAt,
  response,
});
const round = { number: 2, closesAt };

describe("where an expert stands", () => {
  it.each([
    ["invited, no round open", { status: "INVITED" }, { kind: "invited", round: null }],
    [
      "invited while a round is open",
      { status: "INVITED", openRound: open(null) },
      { kind: "invited", round },
    ],
    [
      "declined, even with a round open",
      { status: "DECLINED", openRound: open(null) },
      { kind: "declined" },
    ],
    ["accepted, before any round", {}, { kind: "waiting" }],
    [
      "accepted, a round open, not answered",
      { openRound: open(null) },
      { kind: "roundOpen", round, answer: "none", submittedAt: null },
    ],
    [
      "a draft, never submitted",
      { openRound: open({ submittedAt: null, hasDraftBeside: false }) },
      { kind: "roundOpen", round, answer: "draft", submittedAt: null },
    ],
    [
      "submitted",
      { openRound: open({ submittedAt, hasDraftBeside: false }) },
      { kind: "roundOpen", round, answer: "submitted", submittedAt },
    ],
    [
      "submitted, then changed without submitting",
      { openRound: open({ submittedAt, hasDraftBeside: true }) },
      { kind: "roundOpen", round, answer: "changed", submittedAt },
    ],
    ["between rounds", { lastClosedRound: 1 }, { kind: "betweenRounds", lastClosedRound: 1 }],
    [
      "a later round open after one closed",
      { lastClosedRound: 1, openRound: open(null) },
      { kind: "roundOpen", round, answer: "none", submittedAt: null },
    ],
    [
      "finished, not public",
      { studyStatus: "COMPLETED", lastClosedRound: 3 },
      { kind: "finished", publicSlug: null },
    ],
    [
      "finished and published",
      { studyStatus: "PUBLISHED", lastClosedRound: 3 },
      { kind: "finished", publicSlug: "repair-cafes" },
    ],
    ["archived", { studyStatus: "ARCHIVED" }, { kind: "finished", publicSlug: null }],
  ] as const)("%s", (_, facts, stage) => {
    expect(expertStage({ ...base, ...facts })).toEqual(stage);
  });
});
