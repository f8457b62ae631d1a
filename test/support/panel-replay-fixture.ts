import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { ConsensusRuleKind, Position } from "../../lib/generated/prisma/enums.ts";
import { createStudyWithPanel } from "./fixtures.ts";

// The real panel the product is modelled on (see the domain notes): 50 experts invited and
// accepted, three rounds with 44, 43 and 45 respondents, 47 who took part at least once.
// In the last round everyone can live with the text as a whole; 6 experts cannot live with
// clause 2, 8 others cannot live with clause 3, and 3 more only suggest rewordings: 17 who
// flag a part, 28 who do neither. Written with createMany, a few statements per round.

export const REPLAY = { experts: 50, clauses: 4 } as const;

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Who submitted in each round (expert indexes). 41 missed round 2, 42–43 round 1, 44 both. */
export const replayRespondents = [
  [...range(0, 42), 45, 46], // 44
  [...range(0, 41), 42, 43], // 43
  range(0, 45), // 45
] as const;

type Answer = { position: Position; suggestion: string };

/** Round 3, expert i, clause number n (1-based): the answers behind the 17 and the 28. */
function lastRoundAnswer(i: number, n: number): Answer {
  if (n === 2 && i < 6) return { position: "CANNOT_LIVE_WITH", suggestion: "" };
  if (n === 3 && i >= 6 && i < 14) return { position: "CANNOT_LIVE_WITH", suggestion: "" };
  if (n === 4 && i >= 14 && i < 17) return { position: "CAN_LIVE_WITH", suggestion: "Tighter." };
  return { position: "CAN_LIVE_WITH", suggestion: "" };
}

/** Earlier rounds: the first ten cannot live with clause 1 and suggest a rewording of it. */
function earlierAnswer(i: number, n: number): Answer {
  return n === 1 && i < 10
    ? { position: "CANNOT_LIVE_WITH", suggestion: "Reword." }
    : { position: "CAN_LIVE_WITH", suggestion: "" };
}

/**
 * The replayed study, published with its aggregate data offered, under the given rules
 * (by default: every respondent must accept the whole text, and a part is contested as
 * soon as anyone objects).
 */
export async function createReplayStudy(
  db: PrismaClient,
  rules: {
    partsRule?: ConsensusRuleKind;
    consensusThreshold?: number;
    wholeRule?: ConsensusRuleKind;
    wholeThreshold?: number;
  } = {},
) {
  const { studyId, owner } = await createStudyWithPanel(db, { tag: "replay" });
  const now = Date.now();
  const day = 86_400_000;
  await db.study.update({
    where: { id: studyId },
    data: {
      partsRule: rules.partsRule ?? "NO_OBJECTION",
      consensusThreshold: rules.consensusThreshold ?? 75,
      wholeRule: rules.wholeRule ?? "NO_OBJECTION",
      wholeThreshold: rules.wholeThreshold ?? 75,
      status: "PUBLISHED",
      publishedAt: new Date(now),
      publicAggregateData: true,
      protocolLockedAt: new Date(now - 40 * day),
    },
  });
  const experts = range(0, REPLAY.experts).map((i) => ({
    id: `${studyId}-e${i}`,
    studyId,
    name: `Replay Expert ${i + 1}`,
    email: `replay-${i + 1}-${studyId}@example.org`,
    status: "ACCEPTED" as const,
    invitedAt: new Date(now - 45 * day),
    participationConsentAt: new Date(now - 44 * day),
  }));
  await db.panelMember.createMany({ data: experts });
  const clauses = range(0, REPLAY.clauses).map((i) => ({ id: `${studyId}-c${i + 1}`, studyId }));
  await db.clause.createMany({ data: clauses });
  // Version 1 exists already; versions 2 and 3 follow, each with the same four clauses.
  await db.version.createMany({
    data: [2, 3].map((number) => ({ studyId, number })),
  });
  const versions = await db.version.findMany({
    where: { studyId },
    orderBy: { number: "asc" },
    select: { id: true, number: true },
  });
  await db.version.updateMany({
    where: { studyId },
    data: { status: "LOCKED", explanatoryText: "What the definition is for." },
  });
  await db.clauseVersion.createMany({
    data: versions.flatMap((v) =>
      clauses.map((c, i) => ({
        id: `${c.id}-v${v.number}`,
        versionId: v.id,
        clauseId: c.id,
        position: i + 1,
        text: `Clause ${i + 1}, version ${v.number}.`,
      })),
    ),
  });
  for (const [index, version] of versions.entries()) {
    const number = index + 1;
    const opened = new Date(now - (40 - 12 * index) * day);
    const roundId = `${studyId}-r${number}`;
    await db.round.create({
      data: {
        id: roundId,
        studyId,
        versionId: version.id,
        number,
        state: "CLOSED",
        openedAt: opened,
        closesAt: new Date(+opened + 10 * day),
        closedAt: new Date(+opened + 10 * day),
      },
    });
    await db.roundParticipation.createMany({
      data: experts.map((e) => ({ roundId, panelMemberId: e.id })),
    });
    const respondents = replayRespondents[index]!;
    const answer = number === 3 ? lastRoundAnswer : earlierAnswer;
    await db.response.createMany({
      data: respondents.map((i) => ({
        id: `${roundId}-e${i}`,
        roundId,
        panelMemberId: experts[i]!.id,
        state: "SUBMITTED" as const,
        submittedAt: new Date(+opened + day),
        textPosition: "CAN_LIVE_WITH" as const,
        overallPosition: "CAN_LIVE_WITH" as const,
      })),
    });
    await db.clauseResponse.createMany({
      data: respondents.flatMap((i) =>
        clauses.map((c, k) => ({
          responseId: `${roundId}-e${i}`,
          clauseVersionId: `${c.id}-v${version.number}`,
          reason: answer(i, k + 1).position === "CANNOT_LIVE_WITH" ? "Because." : "",
          ...answer(i, k + 1),
        })),
      ),
    });
  }
  const slug = (await db.study.findUniqueOrThrow({ where: { id: studyId } })).slug;
  return { studyId, slug, ownerId: owner.id };
}
