import { describe, expect, it } from "vitest";
import type { Message } from "@/lib/forms/form-state.ts";
import {
  at,
  busy,
  conflicted,
  describeTransitions,
  fired,
  fresh,
  keepCopy,
  offline,
  post,
  queued,
  reply,
  restoredOffline,
  saved,
  saving,
  stored,
  typed,
  typedOn,
  typing,
  wait,
} from "@/test/support/autosave-fixtures.ts";
import { readSaveReply, type SaveOutcome, type SaveReply } from "./autosave-machine.ts";

const closed: Message = { key: "response.errors.closed" };
const landed = (revision: number) => ({
  revision,
  base: revision,
  latest: stored(revision),
  savedAt: at,
  inFlight: null,
});

// Each row hand-worked from the page's behaviour: what the expert did or the network said,
// what the page then shows and keeps, and what it sends.
describeTransitions("the autosave machine, from typing to a reply", [
  // Typing: the copy goes to the device at once, the save after a pause.
  {
    when: "typing in a fresh form",
    given: fresh,
    event: typed,
    changes: { edits: 1, pending: "typing" },
    commands: [keepCopy(5), wait(1500)],
  },
  {
    when: "typing on before the pause ends restarts the wait",
    given: typing,
    event: typed,
    changes: { edits: 2 },
    commands: [keepCopy(5), wait(1500)],
  },
  {
    when: "typing on a restored copy keeps the copy's own base",
    given: restoredOffline,
    event: typed,
    changes: { edits: 2, pending: "typing" },
    commands: [keepCopy(3), wait(1500)],
  },
  {
    when: "typing during a conflict still keeps the copy on the device",
    given: conflicted,
    event: typed,
    changes: { edits: 2, pending: "typing" },
    commands: [keepCopy(5), wait(1500)],
  },
  // Saving.
  {
    when: "the pause ends",
    given: typing,
    event: fired,
    changes: { status: "saving", inFlight: { edits: 1 }, pending: null },
    commands: post(5),
  },
  {
    when: "the pause ends while a save is on the wire: the next waits its turn",
    given: typedOn,
    event: fired,
    changes: { queued: true },
    commands: [],
  },
  {
    when: "a restored copy goes on its own base, saying it was restored",
    given: fresh,
    event: { type: "restored", base: 3 },
    changes: { status: "restored", base: 3, edits: 1, inFlight: { edits: 1 } },
    commands: post(3),
  },
  // Saved.
  {
    when: "the save lands with nothing typed since: the device copy goes",
    given: saving,
    event: saved(6),
    changes: { status: "saved", ...landed(6) },
    commands: [{ type: "dropCopy" }],
  },
  {
    when: "the save lands after more typing: the copy stays, the pause goes on",
    given: typedOn,
    event: saved(6),
    changes: { status: "saved", ...landed(6) },
    commands: [],
  },
  {
    when: "the save lands with another queued: it goes at once, on the new revision",
    given: queued,
    event: saved(6),
    changes: {
      ...landed(6),
      status: "saving",
      inFlight: { edits: 2 },
      queued: false,
      pending: null,
    },
    commands: post(6),
  },
  // Offline.
  {
    when: "the network fails: retry in 10 s, the busy count untouched",
    given: { ...saving, busyAttempts: 2 },
    event: reply({ kind: "offline" }),
    changes: { status: "offline", inFlight: null, pending: "retry" },
    commands: [wait(10_000)],
  },
  {
    when: "the retry comes due",
    given: offline,
    event: fired,
    changes: { status: "saving", inFlight: { edits: 1 }, pending: null },
    commands: post(5),
  },
  {
    when: "the browser is back online before the retry",
    given: offline,
    event: { type: "online" },
    changes: { status: "saving", inFlight: { edits: 1 }, pending: null },
    commands: post(5),
  },
  {
    when: "back online with nothing pending: the form is saved again all the same",
    given: { ...fresh, status: "saved" },
    event: { type: "online" },
    changes: { status: "saving", inFlight: { edits: 0 } },
    commands: post(5),
  },
  // Busy: the wait doubles up to 30 s; any other answer starts the count over.
  {
    when: "the first busy answer",
    given: saving,
    event: reply({ kind: "busy" }),
    changes: { status: "busy", busyAttempts: 1, inFlight: null, pending: "retry" },
    commands: [wait(1_000)],
  },
  {
    when: "the third busy answer in a row",
    given: { ...saving, busyAttempts: 2 },
    event: reply({ kind: "busy" }),
    changes: { status: "busy", busyAttempts: 3, inFlight: null, pending: "retry" },
    commands: [wait(4_000)],
  },
  {
    when: "the tenth busy answer waits no more than 30 s",
    given: { ...saving, busyAttempts: 9 },
    event: reply({ kind: "busy" }),
    changes: { status: "busy", busyAttempts: 10, inFlight: null, pending: "retry" },
    commands: [wait(30_000)],
  },
  {
    when: "a save lands after busy answers",
    given: { ...busy(3), status: "saving", inFlight: { edits: 1 }, pending: null },
    event: saved(6),
    changes: { status: "saved", ...landed(6), busyAttempts: 0 },
    commands: [{ type: "dropCopy" }],
  },
  // Closed round and other refusals: said, not retried.
  {
    when: "the round has closed",
    given: saving,
    event: reply({ kind: "failed", error: closed }),
    changes: { status: "failed", failure: closed, inFlight: null },
    commands: [],
  },
]);

describe("the autosave endpoint's reply", () => {
  const theirs = stored(7);
  const unknown: Message = { key: "errors.UNKNOWN" };
  const tooLong: Message = { key: "validation.tooLong" };
  it.each<{ says: string; body: SaveReply; outcome: SaveOutcome }>([
    {
      says: "saved",
      body: { status: "saved", response: theirs },
      outcome: { kind: "saved", response: theirs },
    },
    { says: "busy", body: { status: "busy" }, outcome: { kind: "busy" } },
    {
      says: "conflict",
      body: { status: "conflict", theirs },
      outcome: { kind: "conflict", theirs },
    },
    // Refused with HTTP 409 too, but there is nothing to choose from.
    {
      says: "the round is closed",
      body: { status: "error", error: closed },
      outcome: { kind: "failed", error: closed },
    },
    {
      says: "invalid",
      body: { status: "invalid", error: tooLong },
      outcome: { kind: "failed", error: tooLong },
    },
    {
      says: "saved, without the answers",
      body: { status: "saved" },
      outcome: { kind: "failed", error: unknown },
    },
    {
      says: "conflict, without theirs",
      body: { status: "conflict" },
      outcome: { kind: "failed", error: unknown },
    },
  ])("$says", ({ body, outcome }) => {
    expect(readSaveReply(body)).toEqual(outcome);
  });
});
