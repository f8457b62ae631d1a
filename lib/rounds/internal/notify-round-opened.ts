import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { queueEmails } from "@/lib/email/queue-emails.ts";
import { perExpert } from "@/lib/email/templates/per-expert.ts";
import { roundOpenedEmail } from "@/lib/email/templates/round.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { getOrIssueLinkTokens } from "@/lib/invitations/issue-expert-link.ts";

type Expert = { id: string; name: string; email: string };

/**
 * Emails each expert their (existing, else new) personal link to the round just opened:
 * three statements for the whole panel. The dedupe key makes it one message per expert
 * and round, however often this runs. Returns how many were queued now.
 */
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
  const tokens = await getOrIssueLinkTokens(
    db,
    round.experts.map((e) => e.id),
  );
  const message = perExpert(roundOpenedEmail, {
    studyTitle: round.studyTitle,
    roundNumber: round.roundNumber,
    closesAt: round.closesAt,
  });
  const queued = await queueEmails(
    db,
    round.experts.map((expert) => ({
      kind: "ROUND_OPENED" as const,
      to: expert.email,
      studyId: round.studyId,
      panelMemberId: expert.id,
      sensitive: true,
      dedupeKey: `round-opened:${round.studyId}:${round.roundNumber}:${expert.id}`,
      ...message({ name: expert.name, url: appUrl(`/respond/${tokens.get(expert.id)!}`) }),
    })),
  );
  return queued.length;
}
