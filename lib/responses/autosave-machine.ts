// The response page's autosave as a pure state machine: `stepAutosave(state, event)` returns
// the next state and the commands the page must carry out (timers, requests, the copy on the
// device). No React and no DOM here, so every transition is a plain unit test; the hook in
// components/responses/use-response-autosave.ts feeds it events and runs its commands.

import type { Message } from "@/lib/forms/form-state.ts";
import type { ResponseSnapshot } from "./get-response-snapshot.ts";

export type AutosaveStatus =
  "idle" | "saving" | "saved" | "offline" | "busy" | "restored" | "failed";

/** Typing must pause this long before a save goes. */
export const DEBOUNCE_MS = 1500;
/** After a network failure, the same save goes again this much later. */
export const RETRY_MS = 10_000;

/**
 * Wait before retry `attempt` (1, 2, …) after a "busy" answer: doubling from 1 s up to 30 s,
 * with jitter so a whole panel turned away at once does not come back at once.
 */
export function busyBackoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1_000 * 2 ** (attempt - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

// The dimensions below vary independently (a save on the wire while the expert types on, a
// conflict found while a retry waits), so the state is a record of them, not one tag.
export type AutosaveState = {
  /** What the status line says. */
  status: AutosaveStatus;
  /** The stored revision the form's own POST claims to replace (its hidden field). */
  revision: number;
  /**
   * The stored revision the next autosave claims to replace. It differs from `revision` only
   * after a copy from the device was restored: that copy was typed on top of its own base.
   */
  base: number;
  savedAt: Date | null;
  failure: Message | null;
  /** Stored answers newer than this page's. While set, nothing is saved: the expert chooses. */
  conflict: ResponseSnapshot | null;
  /** The stored answers as the last successful autosave returned them. */
  latest: ResponseSnapshot | null;
  /** Form changes so far: a save that returns with the same count leaves nothing unsaved. */
  edits: number;
  /** The autosave on the wire, with the edit count it carries. */
  inFlight: { edits: number } | null;
  /** A save was asked for while one (or the form's POST) was on the wire: it goes after. */
  queued: boolean;
  /**
   * The form's own POST (Submit, Save draft) is on the wire. Autosave waits for its reply:
   * sent meanwhile, on the revision the POST is replacing, it would overtake the POST and
   * turn it into a conflict with the expert's own answer.
   */
  posting: boolean;
  /**
   * A save a timer asked for (typing paused, or a retry) that has not gone yet. It stays set
   * when the timer fires during a conflict or a save on the wire, because it is still owed:
   * leaving the page then sends it as a beacon.
   */
  pending: "typing" | "retry" | null;
  busyAttempts: number;
};

/** What the autosave endpoint's reply (or its absence) means for the page. */
export type SaveOutcome =
  | { kind: "saved"; response: ResponseSnapshot }
  | { kind: "busy" }
  | { kind: "conflict"; theirs: ResponseSnapshot }
  | { kind: "failed"; error: Message }
  | { kind: "offline" };

export type AutosaveEvent =
  /** The expert changed a field. */
  | { type: "typed" }
  /** The one timer (typing paused, or a retry) ran out. */
  | { type: "timerFired" }
  /** The browser is back online. */
  | { type: "online" }
  /** On opening the page, a copy left on the device differed from the form and was put back. */
  | { type: "restored"; base: number }
  | { type: "replied"; outcome: SaveOutcome; at: Date }
  /** The tab came back to the foreground. */
  | { type: "visible" }
  /** The stored answers, read when the tab came back (null: nothing stored yet). */
  | { type: "storedRead"; response: ResponseSnapshot | null }
  /** The page is being left. */
  | { type: "hidden" }
  /** The form is being posted (Submit or Save draft): the POST carries every answer. */
  | { type: "submitStarted" }
  /** A form POST came back and the page now carries this stored revision. */
  | { type: "submitReplied"; revision: number }
  /** The expert chose a version after a conflict. */
  | { type: "resolved"; theirs: ResponseSnapshot; keep: "theirs" | "mine" };

export type AutosaveCommand =
  /** Write the form's values to the device, typed on top of `base`. */
  | { type: "keepCopy"; base: number }
  | { type: "dropCopy" }
  /** (Re)start the one timer; it ends in `timerFired`. */
  | { type: "startTimer"; ms: number }
  | { type: "stopTimer" }
  /** POST the form's values to the autosave endpoint; the reply ends in `replied`. */
  | { type: "post"; revision: number }
  /** Hand the form's values to the browser to send on the way out. */
  | { type: "beacon"; revision: number }
  /** GET the stored answers; the reply ends in `storedRead` (a failure in nothing). */
  | { type: "readStored" }
  /** Put these stored answers into the form. */
  | { type: "fill"; response: ResponseSnapshot };

export type AutosaveStep = { state: AutosaveState; commands: AutosaveCommand[] };

export function initialAutosaveState(revision: number): AutosaveState {
  return {
    status: "idle",
    revision,
    base: revision,
    savedAt: null,
    failure: null,
    conflict: null,
    latest: null,
    edits: 0,
    inFlight: null,
    queued: false,
    posting: false,
    pending: null,
    busyAttempts: 0,
  };
}

/** `random` draws the jitter of a busy retry's wait. */
export function stepAutosave(
  state: AutosaveState,
  event: AutosaveEvent,
  random: () => number = Math.random,
): AutosaveStep {
  switch (event.type) {
    case "typed":
      // The device copy first: it survives a crash, an outage, a closed tab.
      return {
        state: { ...state, edits: state.edits + 1, pending: "typing" },
        commands: [
          { type: "keepCopy", base: state.base },
          { type: "startTimer", ms: DEBOUNCE_MS },
        ],
      };
    case "timerFired":
    case "online":
      return requestSave(state);
    case "restored": {
      // The restored copy goes at once, on its own base: if the server moved on meanwhile,
      // it comes back as a conflict and the expert chooses.
      const step = requestSave({ ...state, base: event.base, edits: state.edits + 1 });
      return { ...step, state: { ...step.state, status: "restored" } };
    }
    case "replied":
      return afterReply(state, event.outcome, event.at, random);
    case "visible":
      // A save on the wire will learn the stored revision anyway; a conflict is already shown.
      return unchanged(state, state.inFlight || state.conflict ? [] : [{ type: "readStored" }]);
    case "storedRead":
      return event.response && event.response.revision !== state.base
        ? { state: { ...state, conflict: event.response }, commands: [] }
        : unchanged(state);
    case "hidden":
      return unchanged(
        state,
        state.pending && !state.conflict ? [{ type: "beacon", revision: state.base }] : [],
      );
    case "submitStarted":
      // The POST carries everything, so a save still waiting is moot. A save already on the
      // wire still lands; typing during the POST is saved once the POST is back.
      return {
        state: { ...state, pending: null, posting: true },
        commands: [{ type: "stopTimer" }],
      };
    case "submitReplied": {
      // The POST is back (stored, or refused with this revision unchanged): the next
      // autosave builds on it, and one asked for meanwhile goes now.
      const back = { ...state, revision: event.revision, base: event.revision, posting: false };
      return back.queued ? requestSave({ ...back, queued: false }) : unchanged(back);
    }
    case "resolved": {
      const chosen = {
        ...state,
        conflict: null,
        revision: event.theirs.revision,
        base: event.theirs.revision,
      };
      // Keeping mine saves the form on top of theirs, which overwrites them on purpose.
      if (event.keep === "mine") return requestSave(chosen);
      return {
        state: { ...chosen, status: "saved" },
        commands: [{ type: "fill", response: event.theirs }, { type: "dropCopy" }],
      };
    }
  }
}

/** Start a save now unless a conflict awaits a choice or another save or POST is on the wire. */
function requestSave(state: AutosaveState): AutosaveStep {
  if (state.conflict) return unchanged(state);
  if (state.inFlight || state.posting)
    return unchanged(state.queued ? state : { ...state, queued: true });
  return {
    state: { ...state, status: "saving", inFlight: { edits: state.edits }, pending: null },
    commands: [{ type: "stopTimer" }, { type: "post", revision: state.base }],
  };
}

function afterReply(
  state: AutosaveState,
  outcome: SaveOutcome,
  at: Date,
  random: () => number,
): AutosaveStep {
  const sentEdits = state.inFlight?.edits;
  // Any answer but "busy" ends a run of them; a network failure is no answer, so it does not.
  const isBusyRunOver = outcome.kind !== "busy" && outcome.kind !== "offline";
  const busyAttempts = isBusyRunOver ? 0 : state.busyAttempts;
  const landed: AutosaveState = { ...state, inFlight: null, busyAttempts };
  const step = settle(landed, outcome, at, sentEdits === state.edits, random);
  if (!step.state.queued) return step;
  const next = requestSave({ ...step.state, queued: false });
  return { state: next.state, commands: [...step.commands, ...next.commands] };
}

function settle(
  state: AutosaveState,
  outcome: SaveOutcome,
  at: Date,
  isAllSent: boolean,
  random: () => number,
): AutosaveStep {
  switch (outcome.kind) {
    case "saved": {
      const revision = outcome.response.revision;
      return {
        state: {
          ...state,
          status: "saved",
          revision,
          base: revision,
          latest: outcome.response,
          savedAt: at,
        },
        // Edits made while it was on the wire are not in it: their copy stays.
        commands: isAllSent ? [{ type: "dropCopy" }] : [],
      };
    }
    case "busy": {
      // Nothing was written: the device copy stays and the same save goes again later.
      const busyAttempts = state.busyAttempts + 1;
      return {
        state: { ...state, status: "busy", busyAttempts, pending: "retry" },
        commands: [{ type: "startTimer", ms: busyBackoffMs(busyAttempts, random) }],
      };
    }
    case "conflict":
      return { state: { ...state, status: "idle", conflict: outcome.theirs }, commands: [] };
    case "failed":
      return { state: { ...state, status: "failed", failure: outcome.error }, commands: [] };
    case "offline":
      return {
        state: { ...state, status: "offline", pending: "retry" },
        commands: [{ type: "startTimer", ms: RETRY_MS }],
      };
  }
}

function unchanged(state: AutosaveState, commands: AutosaveCommand[] = []): AutosaveStep {
  return { state, commands };
}

/** The autosave endpoint's JSON body (app/respond/[token]/rounds/[number]/autosave). */
export type SaveReply = {
  status: string;
  response?: ResponseSnapshot;
  theirs?: ResponseSnapshot;
  error?: Message;
};

/** Reads the body, not the HTTP status: a closed round is a 409 "error", not a conflict. */
export function readSaveReply(reply: SaveReply): SaveOutcome {
  if (reply.status === "saved" && reply.response)
    return { kind: "saved", response: reply.response };
  if (reply.status === "busy") return { kind: "busy" };
  if (reply.status === "conflict" && reply.theirs)
    return { kind: "conflict", theirs: reply.theirs };
  return { kind: "failed", error: reply.error ?? { key: "errors.UNKNOWN" } };
}
