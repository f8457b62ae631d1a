import { describe, expect, it } from "vitest";
import { diffVersions } from "./diff-versions.ts";
import { composeLineage } from "./compose-lineage.ts";

// Version 1: a, b, c. Version 2: a split into a1 a2, b reworded (b2), c kept (c2).
// Version 3: a2 and b2 merged (m), a1 kept (a3), c2 removed, a new clause (n).
const versions = [
  {
    number: 1,
    clauses: [
      { id: "a", sourceIds: [] },
      { id: "b", sourceIds: [] },
      { id: "c", sourceIds: [] },
    ],
  },
  {
    number: 2,
    clauses: [
      { id: "a1", sourceIds: ["a"] },
      { id: "a2", sourceIds: ["a"] },
      { id: "b2", sourceIds: ["b"] },
      { id: "c2", sourceIds: ["c"] },
    ],
  },
  {
    number: 3,
    clauses: [
      { id: "a3", sourceIds: ["a1"] },
      { id: "m", sourceIds: ["a2", "b2"] },
      { id: "n", sourceIds: [] },
    ],
  },
];

describe("composeLineage", () => {
  it("follows each clause back through the versions in between", () => {
    expect(Object.fromEntries(composeLineage(versions, 1, 3))).toEqual({
      a3: ["a"],
      m: ["a", "b"],
      n: [],
    });
    // Adjacent versions: the direct sources.
    expect(composeLineage(versions, 2, 3).get("m")).toEqual(["a2", "b2"]);
  });

  it("lets the diff of versions 1 and 3 show the split, the merge, the removal and the addition", () => {
    const text = (id: string) => `Text ${id}.`;
    const lineage = composeLineage(versions, 1, 3);
    const diff = diffVersions(
      {
        explanatoryText: "",
        clauses: versions[0]!.clauses.map((c, i) => ({
          id: c.id,
          position: i + 1,
          text: text(c.id),
        })),
      },
      {
        explanatoryText: "",
        clauses: versions[2]!.clauses.map((c, i) => ({
          id: c.id,
          position: i + 1,
          text: text(c.id),
          sourceIds: lineage.get(c.id)!,
        })),
      },
    );
    expect(diff.clauses.map((c) => [c.to, c.kind, c.from])).toEqual([
      [1, "SPLIT", [1]],
      [2, "MERGED", [1, 2]],
      [3, "ADDED", []],
    ]);
    expect(diff.removed.map((r) => r.from)).toEqual([3]);
  });
});
