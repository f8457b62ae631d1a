import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireExpert } from "./require-expert.ts";
import { PUBLIC_PAGES, type Affected } from "@/lib/actions/affected.ts";

/** The expert declines the invitation. Consents given earlier are cleared. */
export async function declineInvitation(
  db: PrismaClient,
  token: string,
): Promise<{ affects: readonly Affected[] }> {
  await db.$transaction(async (tx) => {
    const who = await requireExpert(tx, token);
    const { member } = who;
    if (member.status !== "INVITED" && member.status !== "DECLINED") {
      throw new AppError("CONFLICT", "already accepted", { messageKey: "respond.alreadyAccepted" });
    }
    const now = new Date();
    await tx.panelMember.update({
      where: { id: who.panelMemberId },
      data: {
        status: "DECLINED",
        respondedAt: now,
        acknowledgeConsent: false,
        acknowledgeAffiliation: null,
      },
    });
    await tx.expertLink.update({ where: { id: who.linkId }, data: { lastUsedAt: now } });
    await recordAuditEvent(tx, {
      studyId: who.studyId,
      expertId: who.panelMemberId,
      action: "expert.declined",
    });
  });
  // Consents cleared: a published study's acknowledgements may lose them.
  return { affects: PUBLIC_PAGES };
}
