import { describe, expect, it } from "vitest";
import { comparePublicVersions } from "./compare-public-versions.ts";
import type { PublicStudy, PublicVersion } from "./get-public-study.ts";

// A quality clause (q) is in versions 1 and 2, dropped in version 3 and restored in
// version 4 with its wording of version 2; p is kept throughout.
const version = (number: number, clauses: [string, string, string[]][]): PublicVersion => ({
  number,
  status: "LOCKED",
  date: new Date(0),
  explanatoryText: "",
  clauses: clauses.map(([id, text, sourceIds], i) => ({
    id,
    clauseId: id[0]!,
    number: i + 1,
    text,
    sourceIds,
  })),
  changes: [],
});
const study = {
  versions: [
    version(1, [
      ["p1", "Lends tools.", []],
      ["q1", "Checks quality.", []],
    ]),
    version(2, [
      ["p2", "Lends tools.", ["p1"]],
      ["q2", "Assures quality.", ["q1"]],
    ]),
    version(3, [["p3", "Lends tools.", ["p2"]]]),
    version(4, [
      ["p4", "Lends tools.", ["p3"]],
      ["q4", "Assures quality.", ["q2"]],
    ]),
  ],
} as unknown as PublicStudy;

const kinds = (from: number, to: number) =>
  comparePublicVersions(study, from, to)!.clauses.map((c) => [c.kind, c.restoredFrom]);

describe("comparePublicVersions with a restored clause", () => {
  it("shows it as kept (or reworded) when both versions have it, never as new", () => {
    expect(kinds(2, 4)).toEqual([
      ["UNCHANGED", undefined],
      ["UNCHANGED", undefined],
    ]);
    expect(kinds(1, 4)).toEqual([
      ["UNCHANGED", undefined],
      ["EDITED", undefined],
    ]);
  });

  it("shows it as restored from its last version when the earlier one lacks it", () => {
    expect(kinds(3, 4)).toEqual([
      ["UNCHANGED", undefined],
      ["RESTORED", 2],
    ]);
    const diff = comparePublicVersions(study, 3, 4)!;
    expect(diff.clauses[1]!.segments).toEqual([{ kind: "same", text: "Assures quality." }]);
    expect(diff.removed).toEqual([]);
  });
});

describe("comparePublicVersions between a version and itself", () => {
  // "from < to" is the contract: a version compared with itself is no comparison, and the
  // page must say so rather than show every clause as unchanged.
  it("gives nothing", () => {
    expect(comparePublicVersions(study, 2, 2)).toBeNull();
    expect(comparePublicVersions(study, 2, 3)).not.toBeNull();
  });
});
