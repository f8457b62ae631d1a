import { describe, expect, it } from "vitest";
import {
  initialAutosaveState,
  stepAutosave,
  type AutosaveCommand,
  type AutosaveEvent,
  type AutosaveState,
  type SaveOutcome,
} from "../../lib/responses/autosave-machine.ts";
import type { ResponseSnapshot } from "../../lib/responses/get-response-snapshot.ts";

// States the autosave machine reaches on a page loaded with stored revision 5, and shorthands
// for its events and commands, so that a test reads as the transition it checks.

export const at = new Date("2026-12-02T10:00:00Z");

export function stored(revision: number): ResponseSnapshot {
  return {
    text: { position: "CAN_LIVE_WITH", reason: "", suggestion: "" },
    clause: {},
    overallPosition: null,
    generalComments: `stored as revision ${revision}`,
    revision,
    state: "DRAFT",
    submittedAt: null,
    updatedAt: "2026-12-02T09:59:00Z",
  };
}

export const fresh = initialAutosaveState(5);
export const typing: AutosaveState = { ...fresh, edits: 1, pending: "typing" };
export const saving: AutosaveState = {
  ...fresh,
  status: "saving",
  edits: 1,
  inFlight: { edits: 1 },
};
/** Typed on while the first save is on the wire. */
export const typedOn: AutosaveState = { ...saving, edits: 2, pending: "typing" };
/** …and the pause ended before that save came back. */
export const queued: AutosaveState = { ...typedOn, queued: true };
export const offline: AutosaveState = { ...typing, status: "offline", pending: "retry" };
export const busy = (attempts: number): AutosaveState => ({
  ...typing,
  status: "busy",
  busyAttempts: attempts,
  pending: "retry",
});
export const conflicted: AutosaveState = { ...fresh, edits: 1, conflict: stored(7) };
/** A copy typed on top of revision 3 was restored, and its save met no network. */
export const restoredOffline: AutosaveState = { ...offline, base: 3 };

export const typed: AutosaveEvent = { type: "typed" };
export const fired: AutosaveEvent = { type: "timerFired" };
export const reply = (outcome: SaveOutcome): AutosaveEvent => ({ type: "replied", outcome, at });
export const saved = (revision: number) => reply({ kind: "saved", response: stored(revision) });

export const keepCopy = (base: number): AutosaveCommand => ({ type: "keepCopy", base });
export const wait = (ms: number): AutosaveCommand => ({ type: "startTimer", ms });
/** Starting a save: the timer stops, the form goes. */
export const post = (revision: number): AutosaveCommand[] => [
  { type: "stopTimer" },
  { type: "post", revision },
];

/** Feeds the events in order; returns the last state and every command asked for. */
export function play(given: AutosaveState, events: AutosaveEvent[], random = () => 1) {
  const commands: AutosaveCommand[] = [];
  let state = given;
  for (const event of events) {
    const step = stepAutosave(state, event, random);
    state = step.state;
    commands.push(...step.commands);
  }
  return { state, commands };
}

export type Transition = {
  when: string;
  given: AutosaveState;
  event: AutosaveEvent;
  /** Only what changes: any other difference fails the row. */
  changes: Partial<AutosaveState>;
  commands: AutosaveCommand[];
};

/** One test per row, with the busy jitter drawn at its top. */
export function describeTransitions(title: string, rows: Transition[]) {
  describe(title, () => {
    it.each(rows)("$when", ({ given, event, changes, commands }) => {
      const step = stepAutosave(given, event, () => 1);
      expect(step.state).toEqual({ ...given, ...changes });
      expect(step.commands).toEqual(commands);
    });
  });
}
