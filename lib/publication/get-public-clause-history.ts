import { diffText, type DiffSegment } from "@/lib/versions/diff-versions.ts";
import type { PublicStudy } from "./get-public-study.ts";
import type { PublicPart } from "./internal/list-public-rounds.ts";

/** What happened to the clause in one public version. */
export type ClauseHistoryStep =
  | {
      version: number;
      event: "first" | "added" | "kept" | "reworded" | "restored";
      /** Its number and wording in this version. */
      number: number;
      text: string;
      /** The words changed since the last version that had it; null if none changed. */
      segments: DiffSegment[] | null;
      /** "restored" only: the version it was last in before. */
      restoredFrom: number | null;
    }
  | { version: number; event: "dropped" | "absent" };

export type ClauseHistoryRound = PublicPart & {
  round: number;
  version: number;
  /** The clause's number in that round's version. */
  number: number;
};

export type PublicClauseHistory = {
  clauseId: string;
  /** The last public version that has it, with its number and wording there. */
  latest: { version: number; number: number; text: string };
  /** From the first version that has it to the last public version. */
  steps: ClauseHistoryStep[];
  /** Every closed round on a version that has it: aggregate figures only. */
  rounds: ClauseHistoryRound[];
};

/**
 * One clause followed by its identity through a published study's versions and rounds:
 * where it was reworded, dropped and restored, and its results in each round that had it.
 * Built from what the public pages already show, so it can reveal nothing more. Null for
 * a clause no public version has (another study's, a draft's, or none at all).
 */
export function getPublicClauseHistory(
  study: PublicStudy,
  clauseId: string,
): PublicClauseHistory | null {
  const inVersion = new Map(
    study.versions.flatMap((v) => {
      const clause = v.clauses.find((c) => c.clauseId === clauseId);
      return clause ? [[v.number, clause] as const] : [];
    }),
  );
  if (inVersion.size === 0) return null;
  const steps: ClauseHistoryStep[] = [];
  let last: { version: number; text: string } | null = null;
  let previousHadIt = false;
  for (const v of study.versions) {
    const clause = inVersion.get(v.number);
    if (!clause) {
      if (last) steps.push({ version: v.number, event: previousHadIt ? "dropped" : "absent" });
      previousHadIt = false;
      continue;
    }
    const changed = last !== null && last.text !== clause.text;
    steps.push({
      version: v.number,
      event: eventOf(v.number === study.versions[0]?.number, last !== null, previousHadIt, changed),
      number: clause.number,
      text: clause.text,
      segments: last && changed ? diffText(last.text, clause.text) : null,
      restoredFrom: last && !previousHadIt ? last.version : null,
    });
    last = { version: v.number, text: clause.text };
    previousHadIt = true;
  }
  const rounds = study.rounds.flatMap((round): ClauseHistoryRound[] => {
    const number = inVersion.get(round.versionNumber)?.number;
    const part = round.clauses.find((c) => c.number === number);
    if (number === undefined || !part) return [];
    // The round's figures for this part, without its wording (the steps have that).
    const { text: _text, number: _number, ...figures } = part;
    return [{ round: round.number, version: round.versionNumber, number, ...figures }];
  });
  const latestVersion = Math.max(...inVersion.keys());
  const latest = inVersion.get(latestVersion)!;
  return {
    clauseId,
    latest: { version: latestVersion, number: latest.number, text: latest.text },
    steps,
    rounds,
  };
}

function eventOf(
  isFirstVersion: boolean,
  seenBefore: boolean,
  previousHadIt: boolean,
  changed: boolean,
): Exclude<ClauseHistoryStep["event"], "dropped" | "absent"> {
  if (!seenBefore) return isFirstVersion ? "first" : "added";
  if (!previousHadIt) return "restored";
  return changed ? "reworded" : "kept";
}
