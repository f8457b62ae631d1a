import type { ChangeClass, Disposition, VersionStatus } from "@/lib/generated/prisma/enums.ts";
import type { VersionPairDiff } from "@/lib/versions/internal/get-version-diff.ts";
import type { ChangeTarget } from "./change-targets.ts";
import type { FeedbackItem } from "./feedback-items.ts";

// A version's changes with their justifications, as internal/load-version-changes.ts loads
// them for its checked callers. Pure: the types, and what pages and lib functions work out
// from them.

export type Justification = {
  id: string;
  changeClass: ChangeClass;
  text: string;
  /** The feedback items it cites (FeedbackItem ids), with what was done with each. */
  links: { item: string; disposition: Disposition }[];
};

export type JustifiedTarget = ChangeTarget & { justification: Justification | null };

export type VersionChanges = {
  version: { id: string; number: number; status: VersionStatus };
  previousNumber: number;
  /** The closed round on the earlier version whose feedback the changes answer. */
  round: { id: string; number: number } | null;
  targets: JustifiedTarget[];
  feedback: FeedbackItem[];
  /** The word-level diff the targets come from, for pages that show it too. */
  diff: VersionPairDiff;
};

/** The targets that must be justified and are not. */
export function missingJustifications(changes: VersionChanges): JustifiedTarget[] {
  return changes.targets.filter((t) => t.required && !t.justification);
}
