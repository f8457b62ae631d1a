import {
  busy,
  conflicted,
  describeTransitions,
  fired,
  fresh,
  post,
  queued,
  reply,
  restoredOffline,
  saving,
  stored,
  typedOn,
  typing,
} from "@/test/support/autosave-fixtures.ts";
import type { AutosaveEvent } from "./autosave-machine.ts";

const visible: AutosaveEvent = { type: "visible" };
const hidden: AutosaveEvent = { type: "hidden" };

// What must not be sent: over a newer stored version, on leaving, beside the form's own POST.
describeTransitions("the autosave machine, around the expert's other copies", [
  // Conflict: nothing is overwritten, nothing more is sent until the expert chooses.
  {
    when: "the server holds a newer version",
    given: { ...queued, busyAttempts: 1 },
    event: reply({ kind: "conflict", theirs: stored(7) }),
    changes: {
      status: "idle",
      conflict: stored(7),
      inFlight: null,
      queued: false,
      busyAttempts: 0,
    },
    commands: [],
  },
  {
    when: "the pause ends during a conflict",
    given: { ...conflicted, pending: "typing" },
    event: fired,
    changes: {},
    commands: [],
  },
  {
    when: "the expert loads the newer version",
    given: { ...conflicted, pending: "typing" },
    event: { type: "resolved", theirs: stored(7), keep: "theirs" },
    changes: { status: "saved", conflict: null, revision: 7, base: 7 },
    commands: [{ type: "fill", response: stored(7) }, { type: "dropCopy" }],
  },
  {
    when: "the expert keeps mine: it is saved on top of the newer version",
    given: conflicted,
    event: { type: "resolved", theirs: stored(7), keep: "mine" },
    changes: { status: "saving", conflict: null, revision: 7, base: 7, inFlight: { edits: 1 } },
    commands: post(7),
  },
  // The tab comes back: is the stored version still the one this page builds on?
  {
    when: "the tab comes back",
    given: fresh,
    event: visible,
    changes: {},
    commands: [{ type: "readStored" }],
  },
  { when: "the tab comes back mid-save", given: saving, event: visible, changes: {}, commands: [] },
  {
    when: "the tab comes back during a conflict",
    given: conflicted,
    event: visible,
    changes: {},
    commands: [],
  },
  {
    when: "another tab stored a newer revision",
    given: typing,
    event: { type: "storedRead", response: stored(8) },
    changes: { conflict: stored(8) },
    commands: [],
  },
  {
    when: "the stored revision is this page's",
    given: typing,
    event: { type: "storedRead", response: stored(5) },
    changes: {},
    commands: [],
  },
  {
    when: "the stored revision is the page's but not the restored copy's base",
    given: restoredOffline,
    event: { type: "storedRead", response: stored(5) },
    changes: { conflict: stored(5) },
    commands: [],
  },
  // Leaving the page.
  {
    when: "leaving with a save pending",
    given: typing,
    event: hidden,
    changes: {},
    commands: [{ type: "beacon", revision: 5 }],
  },
  {
    when: "leaving with a retry pending",
    given: busy(2),
    event: hidden,
    changes: {},
    commands: [{ type: "beacon", revision: 5 }],
  },
  { when: "leaving with all sent", given: saving, event: hidden, changes: {}, commands: [] },
  {
    when: "leaving during a conflict",
    given: { ...conflicted, pending: "typing" },
    event: hidden,
    changes: {},
    commands: [],
  },
  // Submit: the form's own POST carries everything.
  {
    when: "the form is posted while a save waits: the save is dropped",
    given: typing,
    event: { type: "submitStarted" },
    changes: { pending: null, posting: true },
    commands: [{ type: "stopTimer" }],
  },
  {
    when: "the form is posted while a save is on the wire: that save still lands",
    given: typedOn,
    event: { type: "submitStarted" },
    changes: { pending: null, posting: true },
    commands: [{ type: "stopTimer" }],
  },
  {
    when: "typing pauses while the form's POST is on the wire: the save waits for it",
    given: { ...typing, posting: true },
    event: fired,
    changes: { queued: true },
    commands: [],
  },
  {
    when: "the form's POST comes back with the stored revision",
    given: { ...fresh, posting: true },
    event: { type: "submitReplied", revision: 9 },
    changes: { revision: 9, base: 9, posting: false },
    commands: [],
  },
  {
    when: "the form's POST comes back while a save waits for it: the save goes on its revision",
    given: { ...typing, posting: true, queued: true },
    event: { type: "submitReplied", revision: 9 },
    changes: {
      revision: 9,
      base: 9,
      posting: false,
      queued: false,
      pending: null,
      status: "saving",
      inFlight: { edits: typing.edits },
    },
    commands: [{ type: "stopTimer" }, { type: "post", revision: 9 }],
  },
]);
