import type { MembershipRole } from "@/lib/generated/prisma/enums.ts";

// Who in a study's team may do what: the one table behind every check in lib/ (through
// requireStudyAccess) and every "show this control?" decision in the pages. No "server-only":
// components read it too. Change a role's reach here and both follow.
//
// OWNER        runs the study and decides who is on its team;
// FACILITATOR  does all the study's work except managing the team;
// OBSERVER     reads everything the team sees (e.g. a steering group member), changes nothing.
const EDITORS = ["OWNER", "FACILITATOR"] as const satisfies readonly MembershipRole[];

export const PERMISSIONS = {
  /** See the study's private pages: text, panel, answers, results, audit log. */
  "study.view": ["OWNER", "FACILITATOR", "OBSERVER"],
  /** Edit the text, protocol, sources, feedback notes and justifications. */
  "study.edit": EDITORS,
  /** Propose, import, invite, re-invite and exclude experts; decide nominations; revoke links. */
  "panel.manage": EDITORS,
  /** Open rounds, move deadlines, close, remind, write and send the summaries. */
  "round.run": EDITORS,
  /** Write the report's sections and generate its files. */
  "report.generate": EDITORS,
  /** Download the identity key that turns the anonymised dataset's pseudonyms back into names. */
  "identity.download": EDITORS,
  /** Publish and unpublish, choose what the public pages show. */
  "study.publish": EDITORS,
  /** Add and remove team members and change their roles. */
  "team.manage": ["OWNER"],
} as const satisfies Record<string, readonly MembershipRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: MembershipRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly MembershipRole[]).includes(role);
}
