import { describe, expect, it } from "vitest";
import { diffVersions } from "@/lib/versions/diff-versions.ts";
import { changeTargets } from "./change-targets.ts";
import { describeTarget } from "./describe-target.ts";

const before = {
  explanatoryText: "Intro.",
  clauses: [
    { id: "a", position: 1, text: "Alpha and beta." },
    { id: "b", position: 2, text: "Gamma." },
    { id: "c", position: 3, text: "Delta." },
    { id: "d", position: 4, text: "Epsilon." },
    { id: "e", position: 5, text: "Zeta." },
  ],
};

describe("changeTargets", () => {
  it("lists each change once, a split with all its parts, and contested clauses left as they were (renumbered is not moved)", () => {
    const diff = diffVersions(before, {
      explanatoryText: "Intro, revised.",
      clauses: [
        { id: "a1", position: 1, text: "Alpha.", sourceIds: ["a"] },
        { id: "a2", position: 2, text: "Beta.", sourceIds: ["a"] },
        { id: "bc", position: 3, text: "Gamma and delta.", sourceIds: ["b", "c"] },
        { id: "e2", position: 4, text: "Zeta.", sourceIds: ["e"] },
        { id: "n", position: 5, text: "New.", sourceIds: [] },
      ],
    });
    const targets = changeTargets(diff, new Set(["e", "d"]));
    expect(targets.map((x) => [x.key, x.kind, x.from, x.to, x.contested, x.required])).toEqual([
      ["text", "EDITED", [], [], false, true],
      ["a1", "SPLIT", [1], [1, 2], false, true],
      ["bc", "MERGED", [2, 3], [3], false, true],
      ["e2", "UNCHANGED", [5], [4], true, true],
      ["n", "ADDED", [], [5], false, true],
      ["d", "REMOVED", [4], [], true, true],
    ]);
    expect(targets[1]!.parts.map((p) => p.to)).toEqual([1, 2]);
  });

  it("asks a reason for a contested explanatory text left as it was, and only then", () => {
    const same = diffVersions(before, {
      explanatoryText: "Intro.",
      clauses: before.clauses.map((c) => ({ ...c, sourceIds: [c.id] })),
    });
    expect(changeTargets(same, new Set())).toEqual([]);
    const [text] = changeTargets(same, new Set(), true);
    expect(text).toMatchObject({ key: "text", kind: "UNCHANGED", contested: true, required: true });
    expect(describeTarget(text!)).toBe("Explanatory text: unchanged");
  });

  it("leaves out unchanged clauses with consensus and makes a plain move optional", () => {
    const diff = diffVersions(before, {
      explanatoryText: "Intro.",
      clauses: before.clauses.map((c, i) => ({
        ...c,
        id: `${c.id}2`,
        position: [2, 1, 3, 4, 5][i]!,
        sourceIds: [c.id],
      })),
    });
    const targets = changeTargets(diff, new Set());
    // Two clauses swapped: one of them moved, relative to all the others.
    expect(targets.map((x) => [x.kind, x.required])).toEqual([["MOVED", false]]);
  });
});

describe("a restored clause", () => {
  const diff = diffVersions(before, {
    explanatoryText: "Intro.",
    clauses: [
      ...before.clauses.map((c) => ({ ...c, id: `${c.id}2`, sourceIds: [c.id] })),
      {
        id: "q",
        position: 6,
        text: "Assures quality.",
        sourceIds: ["q1"],
        restoredFrom: { version: 1, text: "Assures quality." },
      },
    ],
  });
  const targets = changeTargets(diff, new Set());

  it("must be justified, reworded or not, and may cite any clause's feedback", () => {
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      key: "q",
      kind: "RESTORED",
      from: [],
      to: [6],
      restoredFrom: 1,
      sourceIds: [],
      contested: false,
      required: true,
    });
  });

  it("says which version it comes back from", () => {
    expect(describeTarget(targets[0]!)).toBe("Clause 6: restored from version 1");
  });
});
