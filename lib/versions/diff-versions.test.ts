import { describe, expect, it } from "vitest";
import { diffText, diffVersions, type DiffSegment } from "./diff-versions.ts";

const v1 = {
  explanatoryText: "Tool libraries lend tools.",
  clauses: [
    { id: "a", position: 1, text: "Lends tools to members." },
    { id: "b", position: 2, text: "Is not for profit." },
    { id: "c", position: 3, text: "Keeps a catalogue and records loans." },
    { id: "d", position: 4, text: "Offers advice." },
    { id: "e", position: 5, text: "Has a workshop." },
    { id: "f", position: 6, text: "Opens weekly." },
  ],
};

const render = (segments: DiffSegment[]) =>
  segments
    .map((s) =>
      s.kind === "added" ? `[+${s.text}]` : s.kind === "removed" ? `[-${s.text}]` : s.text,
    )
    .join("");

describe("diffText", () => {
  it("marks inserted and deleted words, keeping the rest", () => {
    expect(render(diffText("Is not for profit.", "Is run at cost."))).toBe(
      "Is [-not for profit][+run at cost].",
    );
    expect(diffText("Same words.", "Same words.")).toEqual([{ kind: "same", text: "Same words." }]);
  });
});

describe("diffVersions, aligned by lineage", () => {
  // Version 2: a reworded (b), c split in two, d and e merged, f removed, a moved to the
  // end, and a new clause.
  const v2 = {
    explanatoryText: "Tool libraries lend tools and equipment.",
    clauses: [
      { id: "b2", position: 1, text: "Is run at cost.", sourceIds: ["b"] },
      { id: "c2", position: 2, text: "Keeps a catalogue.", sourceIds: ["c"] },
      { id: "c3", position: 3, text: "Records loans.", sourceIds: ["c"] },
      { id: "de", position: 4, text: "Offers advice in a workshop.", sourceIds: ["e", "d"] },
      { id: "g", position: 5, text: "Is open to all residents.", sourceIds: [] },
      { id: "a2", position: 6, text: "Lends tools to members.", sourceIds: ["a"] },
    ],
  };
  const diff = diffVersions(v1, v2);

  it("classifies every clause and says where it came from", () => {
    expect(diff.clauses.map((c) => [c.to, c.kind, c.from])).toEqual([
      [1, "EDITED", [2]],
      [2, "SPLIT", [3]],
      [3, "SPLIT", [3]],
      [4, "MERGED", [4, 5]],
      [5, "ADDED", []],
      [6, "MOVED", [1]],
    ]);
    expect(diff.removed.map((r) => [r.from, render(r.segments)])).toEqual([
      [6, "[-Opens weekly.]"],
    ]);
  });

  it("diffs each clause against its own source(s)", () => {
    expect(render(diff.clauses[0]!.segments)).toBe("Is [-not for profit][+run at cost].");
    expect(render(diff.clauses[1]!.segments)).toBe("Keeps a catalogue[- and records loans].");
    expect(render(diff.clauses[2]!.segments)).toBe(
      "[-Keeps a catalogue and records][+Records] loans.",
    );
    // Merged: the sources in their old order, joined.
    expect(render(diff.clauses[3]!.segments)).toBe("Offers advice[-. Has][+ in] a workshop.");
    expect(render(diff.clauses[4]!.segments)).toBe("[+Is open to all residents.]");
    expect(render(diff.clauses[5]!.segments)).toBe("Lends tools to members.");
    expect(diff.explanatoryText.changed).toBe(true);
    expect(render(diff.explanatoryText.segments)).toBe(
      "Tool libraries lend tools[+ and equipment].",
    );
  });

  it("calls an untouched copy unchanged", () => {
    const copy = {
      explanatoryText: v1.explanatoryText,
      clauses: v1.clauses.map((c) => ({ ...c, id: `${c.id}2`, sourceIds: [c.id] })),
    };
    const same = diffVersions(v1, copy);
    expect(same.clauses.every((c) => c.kind === "UNCHANGED")).toBe(true);
    expect(same.removed).toEqual([]);
    expect(same.explanatoryText.changed).toBe(false);
  });
});

describe("diffVersions, a clause restored from an older version", () => {
  // Version 3 keeps a and b from version 2 and brings back q, dropped in version 2, with
  // its wording of version 1 (as restoring does) and, in the second case, reworded.
  const v2 = {
    explanatoryText: "",
    clauses: [
      { id: "a2", position: 1, text: "Lends tools." },
      { id: "b2", position: 2, text: "Is not for profit." },
    ],
  };
  const v3 = (text: string) => ({
    explanatoryText: "",
    clauses: [
      { id: "a3", position: 1, text: "Lends tools.", sourceIds: ["a2"] },
      {
        id: "q3",
        position: 2,
        text,
        sourceIds: ["q1"],
        restoredFrom: { version: 1, text: "Assures quality." },
      },
      { id: "b3", position: 3, text: "Is not for profit.", sourceIds: ["b2"] },
    ],
  });

  it("calls it restored, not new, and compares it with its wording in that version", () => {
    const diff = diffVersions(v2, v3("Assures quality."));
    expect(diff.clauses.map((c) => [c.to, c.kind, c.from, c.restoredFrom])).toEqual([
      [1, "UNCHANGED", [1], undefined],
      [2, "RESTORED", [], 1],
      // Renumbered because a clause came back before it: not moved.
      [3, "UNCHANGED", [2], undefined],
    ]);
    expect(diff.clauses[1]!.segments).toEqual([{ kind: "same", text: "Assures quality." }]);
    expect(diff.removed).toEqual([]);
  });

  it("shows the words changed since, if it was reworded on its way back", () => {
    const diff = diffVersions(v2, v3("Assures quality of repairs."));
    expect(render(diff.clauses[1]!.segments)).toBe("Assures quality[+ of repairs].");
  });

  it("is new when nothing says where it came from", () => {
    const clauses = v3("Assures quality.").clauses.map(({ restoredFrom: _, ...c }) => c);
    expect(diffVersions(v2, { explanatoryText: "", clauses }).clauses[1]!.kind).toBe("ADDED");
  });
});
