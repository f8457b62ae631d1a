import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission } from "./permissions.ts";

// The matrix written out by hand, role by role, as the team page explains the roles: if the
// table in permissions.ts changes, this says exactly which cell moved.
const expected: Record<Permission, [owner: boolean, facilitator: boolean, observer: boolean]> = {
  "study.view": [true, true, true],
  "study.edit": [true, true, false],
  "panel.manage": [true, true, false],
  "round.run": [true, true, false],
  "report.generate": [true, true, false],
  "identity.download": [true, true, false],
  "study.publish": [true, true, false],
  "team.manage": [true, false, false],
};

describe("can(role, permission)", () => {
  it("covers every permission of the table, and no other", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [permission, [owner, facilitator, observer]] of Object.entries(expected)) {
    it(`${permission}: owner ${owner}, facilitator ${facilitator}, observer ${observer}`, () => {
      const p = permission as Permission;
      expect([can("OWNER", p), can("FACILITATOR", p), can("OBSERVER", p)]).toEqual([
        owner,
        facilitator,
        observer,
      ]);
    });
  }
});
