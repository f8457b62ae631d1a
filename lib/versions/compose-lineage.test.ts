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

describe("composeLineage across a restoration", () => {
  // q is in versions 1 and 2, dropped in 3, restored in 4 from version 2 (its last wording).
  const history = [
    {
      number: 1,
      clauses: [
        { id: "p1", sourceIds: [] },
        { id: "q1", sourceIds: [] },
      ],
    },
    {
      number: 2,
      clauses: [
        { id: "p2", sourceIds: ["p1"] },
        { id: "q2", sourceIds: ["q1"] },
      ],
    },
    { number: 3, clauses: [{ id: "p3", sourceIds: ["p2"] }] },
    {
      number: 4,
      clauses: [
        { id: "p4", sourceIds: ["p3"] },
        { id: "q4", sourceIds: ["q2"] },
      ],
    },
  ];

  it("follows a restored clause back past the versions it was missing from", () => {
    expect(Object.fromEntries(composeLineage(history, 1, 4))).toEqual({ p4: ["p1"], q4: ["q1"] });
    expect(composeLineage(history, 2, 4).get("q4")).toEqual(["q2"]);
  });

  it("ends at the older clause when the restoration reaches back before `from`", () => {
    expect(composeLineage(history, 3, 4).get("q4")).toEqual(["q2"]);
  });
});
