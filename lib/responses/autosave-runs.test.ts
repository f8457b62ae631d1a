import { describe, expect, it } from "vitest";
import {
  at,
  fired,
  fresh,
  keepCopy,
  play,
  post,
  reply,
  saved,
  stored,
  typed,
  wait,
} from "@/test/support/autosave-fixtures.ts";
import type { AutosaveEvent } from "./autosave-machine.ts";

// A few events in a row, as a page meets them: each checks where the machine ends and
// everything it asked the page to do on the way.
describe("the autosave machine, over a few events", () => {
  it("types, pauses, saves once and forgets the device copy", () => {
    const { state, commands } = play(fresh, [typed, typed, fired, saved(6)]);
    expect(commands).toEqual([
      keepCopy(5),
      wait(1500),
      keepCopy(5),
      wait(1500),
      ...post(5),
      { type: "dropCopy" },
    ]);
    expect(state).toEqual({
      ...fresh,
      status: "saved",
      revision: 6,
      base: 6,
      latest: stored(6),
      savedAt: at,
      edits: 2,
    });
  });

  it("sends nothing of its own for a posted form, then builds on the revision it stored", () => {
    const { state, commands } = play(fresh, [
      typed,
      { type: "submitStarted" },
      { type: "hidden" },
      // Typed while the POST is under way, the POST back before the pause ends: autosave
      // goes on, on the revision the POST stored.
      typed,
      { type: "submitReplied", revision: 9 },
      fired,
    ]);
    expect(commands).toEqual([
      keepCopy(5),
      wait(1500),
      { type: "stopTimer" },
      keepCopy(5),
      wait(1500),
      ...post(9),
    ]);
    expect(state).toEqual({
      ...fresh,
      status: "saving",
      revision: 9,
      base: 9,
      edits: 2,
      inFlight: { edits: 2 },
    });
  });

  it("holds a save asked for during the form's POST until the POST is back, then sends it on the POST's revision", () => {
    const { state, commands } = play(fresh, [
      { type: "submitStarted" },
      typed,
      // The pause ends with the POST still on the wire (a slow link): nothing goes yet, or it
      // would overtake the POST and turn it into a conflict with the expert's own answer.
      fired,
      { type: "submitReplied", revision: 9 },
    ]);
    expect(commands).toEqual([{ type: "stopTimer" }, keepCopy(5), wait(1500), ...post(9)]);
    expect(state).toMatchObject({ posting: false, queued: false, inFlight: { edits: 1 } });
    // A refused POST (its revision unchanged) releases the save just the same.
    const refused = play(fresh, [
      { type: "submitStarted" },
      typed,
      fired,
      { type: "submitReplied", revision: 5 },
    ]);
    expect(refused.commands.slice(-2)).toEqual(post(5));
  });

  it("backs off 1, 2, 4 s while busy, with jitter from the random source, and starts over", () => {
    const busyRun: AutosaveEvent[] = [typed];
    for (let i = 0; i < 3; i++) busyRun.push(fired, reply({ kind: "busy" }));
    const waits = (random: () => number) =>
      play(fresh, busyRun, random).commands.flatMap((c) => (c.type === "startTimer" ? [c.ms] : []));
    expect(waits(() => 1)).toEqual([1500, 1000, 2000, 4000]);
    expect(waits(() => 0)).toEqual([1500, 500, 1000, 2000]);
    const after = play(fresh, [...busyRun, fired, saved(6), typed, fired, reply({ kind: "busy" })]);
    expect(after.state).toMatchObject({ status: "busy", busyAttempts: 1 });
    expect(after.commands.at(-1)).toEqual(wait(1000));
  });

  it("stops saving when the tab comes back to a newer stored version, until the expert chooses", () => {
    const { state, commands } = play(fresh, [
      typed,
      { type: "visible" },
      { type: "storedRead", response: stored(8) },
      fired,
      { type: "hidden" },
      { type: "resolved", theirs: stored(8), keep: "mine" },
    ]);
    expect(commands).toEqual([keepCopy(5), wait(1500), { type: "readStored" }, ...post(8)]);
    expect(state).toEqual({
      ...fresh,
      status: "saving",
      revision: 8,
      base: 8,
      edits: 1,
      inFlight: { edits: 1 },
    });
  });

  it("goes offline, waits 10 s to retry, and saves sooner when the expert types on", () => {
    const { state, commands } = play(fresh, [
      typed,
      fired,
      reply({ kind: "offline" }),
      typed,
      fired,
      saved(6),
    ]);
    expect(commands).toEqual([
      keepCopy(5),
      wait(1500),
      ...post(5),
      wait(10_000),
      keepCopy(5),
      wait(1500),
      ...post(5),
      { type: "dropCopy" },
    ]);
    expect(state).toMatchObject({ status: "saved", edits: 2, pending: null, inFlight: null });
  });
});
