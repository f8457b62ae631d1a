import "server-only";
import type { Db } from "@/lib/db.ts";
import { queueEmail } from "@/lib/email/queue-email.ts";
import { roundOpenedEmail } from "@/lib/email/templates/round.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { getLiveLinkTokens, issueExpertLink } from "@/lib/invitations/issue-expert-link.ts";

type Expert = { id: string; name: string; email: string };

/** Emails each expert their (existing, else new) personal link to the round just opened. */
export async function notifyRoundOpened(
  db: Db,
  round: {
    studyId: string;
    studyTitle: string;
    roundNumber: number;
    closesAt: Date;
    experts: Expert[];
  },
): Promise<number> {
  const tokens = await getLiveLinkTokens(
    db,
    round.experts.map((e) => e.id),
  );
  for (const expert of round.experts) {
    const token = tokens.get(expert.id) ?? (await issueExpertLink(db, expert.id));
    const message = roundOpenedEmail({
      name: expert.name,
      studyTitle: round.studyTitle,
      roundNumber: round.roundNumber,
      closesAt: round.closesAt,
      url: appUrl(`/respond/${token}`),
    });
    await queueEmail(db, {
      kind: "ROUND_OPENED",
      to: expert.email,
      studyId: round.studyId,
      panelMemberId: expert.id,
      sensitive: true,
      dedupeKey: `round-opened:${round.studyId}:${round.roundNumber}:${expert.id}`,
      ...message,
    });
  }
  return round.experts.length;
}
