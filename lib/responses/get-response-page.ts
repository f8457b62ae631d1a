import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { resolveExpertLink } from "@/lib/expert-link/resolve-expert-link.ts";
import { isAcceptingResponses } from "@/lib/rounds/round-window.ts";
import { getPreviousRoundFeedback } from "./internal/get-previous-round-feedback.ts";
import { getResponseSnapshot } from "./get-response-snapshot.ts";
import { roundTextSelect } from "@/lib/rounds/round-text-select.ts";

/**
 * Everything the response page shows one expert for one round: the round, its version, the
 * expert's own response, and from round 2 on the previous round's feedback. Never anything
 * of the current round beyond the expert's own answers. Reading changes nothing.
 * Returns null for a link that does not work; NOT_FOUND for a round that is not there.
 */
export async function getResponsePage(
  db: Db,
  token: string,
  roundNumber: number,
  now = new Date(),
) {
  const who = await resolveExpertLink(db, token, now);
  if (!who) return null;
  const [member, round] = await Promise.all([
    db.panelMember.findUniqueOrThrow({
      where: { id: who.panelMemberId },
      select: { status: true, study: { select: { title: true, ratingScaleMax: true } } },
    }),
    db.round.findFirst({
      where: { studyId: who.studyId, number: roundNumber, state: { in: ["OPEN", "CLOSED"] } },
      select: {
        id: true,
        number: true,
        state: true,
        closesAt: true,
        closedAt: true,
        collectRatings: true,
        version: { select: roundTextSelect },
      },
    }),
  ]);
  if (!round) throw new AppError("NOT_FOUND");
  const { version, ...roundFields } = round;
  const base = {
    study: member.study,
    round: { ...roundFields, isAccepting: isAcceptingResponses(round, now) },
  };
  if (member.status !== "ACCEPTED") return { ...base, kind: "notAccepted" as const };
  const [response, previous] = await Promise.all([
    getResponseSnapshot(db, round.id, who.panelMemberId),
    getPreviousRoundFeedback(db, who.studyId, roundNumber, who.panelMemberId, version.clauses),
  ]);
  return {
    ...base,
    kind: "answer" as const,
    version: {
      number: version.number,
      explanatoryText: version.explanatoryText,
      clauses: version.clauses.map(({ id, position, text }) => ({ id, position, text })),
    },
    ratingScaleMax: round.collectRatings ? (member.study.ratingScaleMax ?? null) : null,
    response,
    previous,
    // The browser keeps a local copy of the draft under this key: derived from the token,
    // so it is personal, but it is not the token (which must not sit in storage).
    localKey: crypto
      .createHash("sha256")
      .update(`livewith-response:${round.id}:${token}`)
      .digest("base64url")
      .slice(0, 32),
  };
}

export type ResponsePage = Extract<
  NonNullable<Awaited<ReturnType<typeof getResponsePage>>>,
  { kind: "answer" }
>;
