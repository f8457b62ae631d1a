import { describe, expect, it } from "vitest";
import { transitionSteps, type RoundTransition } from "./get-round-transition.ts";

// The step list on the page between two rounds, from the figures alone: each case names
// the state of the work and the seven statuses, in the page's order (close, results,
// feedback, version, justify, summary, open), written out by hand from the rules.

type Figures = Omit<RoundTransition, "steps">;
type NextVersion = NonNullable<Figures["nextVersion"]>;

const closed = (over: Partial<Figures> = {}): Figures => ({
  round: {
    number: 1,
    state: "CLOSED",
    closesAt: new Date("2026-11-10T12:00:00Z"),
    closedAt: new Date("2026-11-10T12:00:00Z"),
    versionNumber: 1,
    seated: 4,
    respondents: 3,
  },
  noConsensus: 1,
  feedback: { items: 2, addressed: 0 },
  nextVersion: null,
  summary: { status: "none", sentAt: null, revision: null },
  nextRound: null,
  afterLastPlannedRound: false,
  plannedRoundDays: 14,
  ratingScaleMax: null,
  canEdit: true,
  ...over,
});

const version = (over: Partial<NextVersion> = {}): NextVersion => ({
  id: "v2",
  number: 2,
  status: "DRAFT",
  changes: 2,
  required: 2,
  missing: 0,
  justifiedAt: null,
  ...over,
});

const sent = (day: number): Figures["summary"] => ({
  status: "sent",
  sentAt: new Date(Date.UTC(2026, 10, day)),
  revision: 1,
});

const statuses = (figures: Figures) => transitionSteps(figures).map((s) => s.status);

describe("the steps between two rounds", () => {
  it("keep their order", () => {
    expect(transitionSteps(closed()).map((s) => s.key)).toEqual([
      "close",
      "results",
      "feedback",
      "version",
      "justify",
      "summary",
      "open",
    ]);
  });

  it.each<[string, Figures, string[]]>([
    [
      "an open round: close it first, nothing else can start",
      closed({ round: { ...closed().round, state: "OPEN", closedAt: null } }),
      ["next", "waiting", "waiting", "waiting", "waiting", "waiting", "waiting"],
    ],
    [
      "an open round whose next version is already drafted and justified",
      closed({ round: { ...closed().round, state: "OPEN" }, nextVersion: version() }),
      ["next", "waiting", "waiting", "done", "done", "waiting", "waiting"],
    ],
    [
      "closed, nothing drafted: read the results, then the feedback, then draft",
      closed(),
      ["done", "next", "todo", "todo", "waiting", "waiting", "waiting"],
    ],
    [
      "an unchanged copy as the next version owes no reasons: the summary and opening follow",
      closed({ nextVersion: version({ changes: 0 }) }),
      ["done", "done", "done", "next", "done", "todo", "todo"],
    ],
    [
      "a drafted version with one reason missing: justify, then the summary",
      closed({ nextVersion: version({ missing: 1 }) }),
      ["done", "done", "done", "done", "next", "waiting", "waiting"],
    ],
    [
      "drafted and justified: send the summary, then open",
      closed({ nextVersion: version() }),
      ["done", "done", "done", "done", "done", "next", "todo"],
    ],
    [
      "summary sent after the last reason was saved: open the round",
      closed({
        nextVersion: version({ justifiedAt: new Date(Date.UTC(2026, 10, 11)) }),
        summary: sent(12),
      }),
      ["done", "done", "done", "done", "done", "done", "next"],
    ],
    [
      "summary sent the moment the last reason was saved: still up to date",
      closed({
        nextVersion: version({ justifiedAt: new Date(Date.UTC(2026, 10, 12)) }),
        summary: sent(12),
      }),
      ["done", "done", "done", "done", "done", "done", "next"],
    ],
    [
      "a reason saved after the summary went out: the summary is owed again",
      closed({
        nextVersion: version({ justifiedAt: new Date(Date.UTC(2026, 10, 13)) }),
        summary: sent(12),
      }),
      ["done", "done", "done", "done", "done", "next", "todo"],
    ],
    [
      "a summary sent before any version: done, the version still to draft",
      closed({ summary: sent(12) }),
      ["done", "next", "todo", "todo", "waiting", "done", "waiting"],
    ],
    [
      "a locked next version cannot be opened from here",
      closed({ nextVersion: version({ status: "LOCKED" }), summary: sent(12) }),
      ["done", "done", "done", "done", "done", "done", "waiting"],
    ],
    [
      "the next round scheduled but not open yet is not an opening",
      closed({
        nextVersion: version({ missing: 1 }),
        nextRound: { number: 2, state: "SCHEDULED" },
      }),
      ["done", "done", "done", "done", "next", "waiting", "waiting"],
    ],
    [
      "the next round open: every step but an unsent summary is done",
      closed({ nextRound: { number: 2, state: "OPEN" } }),
      ["done", "done", "done", "done", "done", "next", "done"],
    ],
    [
      "the next round closed too, with its summary sent",
      closed({ nextRound: { number: 2, state: "CLOSED" }, summary: sent(12) }),
      ["done", "done", "done", "done", "done", "done", "done"],
    ],
  ])("%s", (_, figures, expected) => {
    expect(statuses(figures)).toEqual(expected);
  });
});
