import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireExpert } from "./require-expert.ts";
import type { AcceptInvitationInput } from "./schemas.ts";
import { PUBLIC_PAGES, type Affected } from "@/lib/actions/affected.ts";

/** The expert joins the panel (or updates their consents); their link is the credential. */
export async function acceptInvitation(
  db: PrismaClient,
  token: string,
  input: AcceptInvitationInput,
): Promise<{ affects: readonly Affected[] }> {
  await db.$transaction(async (tx) => {
    // Resolve inside the transaction: the link may have been rotated or revoked meanwhile.
    const who = await requireExpert(tx, token);
    const { member } = who;
    if (!["INVITED", "DECLINED", "ACCEPTED"].includes(member.status))
      throw new AppError("NOT_FOUND");
    const now = new Date();
    await tx.panelMember.update({
      where: { id: who.panelMemberId },
      data: {
        status: "ACCEPTED",
        participationConsentAt: member.participationConsentAt ?? now,
        acknowledgeConsent: input.acknowledge,
        acknowledgeAffiliation: input.acknowledge ? input.affiliation || null : null,
        // null is "no conflict to declare"; a declaration is always non-blank text (the
        // schema requires it), so a count of non-null values counts real declarations.
        conflictOfInterest: input.coi === "declared" ? input.coiDetails : null,
        respondedAt: now,
      },
    });
    await tx.expertLink.update({ where: { id: who.linkId }, data: { lastUsedAt: now } });
    await recordAuditEvent(tx, {
      studyId: who.studyId,
      expertId: who.panelMemberId,
      action: member.status === "ACCEPTED" ? "expert.consentUpdated" : "expert.accepted",
      data: { acknowledge: input.acknowledge, coiDeclared: input.coi === "declared" },
    });
  });
  // The acknowledgement consent is shown on a published study's page.
  return { affects: PUBLIC_PAGES };
}
