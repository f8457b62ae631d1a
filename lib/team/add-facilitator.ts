import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { queueEmail } from "@/lib/email/queue-email.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import type { MembershipRole } from "@/lib/generated/prisma/enums.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { getTranslator } from "@/lib/i18n/translator.ts";

/**
 * An owner adds a co-facilitator or observer by email. An owner's invitation counts as
 * permission to create the account, whatever the sign-up policy; they sign in as usual.
 */
export async function addFacilitator(
  db: PrismaClient,
  access: StudyAccess,
  input: { email: string; role: MembershipRole },
): Promise<void> {
  authorize(access, "team.manage");
  const { studyId, userId } = access;
  await db.$transaction(async (tx) => {
    const inviter = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true },
    });
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email },
      update: {},
      select: { id: true },
    });
    const existing = await tx.membership.findUnique({
      where: { studyId_userId: { studyId, userId: user.id } },
    });
    if (existing)
      throw new AppError("CONFLICT", "member", {
        field: "email",
        messageKey: "team.alreadyMember",
      });
    const membership = await tx.membership.create({
      data: { studyId, userId: user.id, role: input.role },
      select: { id: true },
    });
    const study = await tx.study.findUniqueOrThrow({
      where: { id: studyId },
      select: { title: true },
    });
    const t = getTranslator("mail.facilitatorAdded");
    const role = getTranslator("studies.role")(input.role);
    const url = appUrl("/signin");
    await queueEmail(tx, {
      kind: "NOTICE",
      to: input.email,
      studyId,
      subject: t("subject", { title: study.title }),
      text: [
        t("body", { inviter: inviter.email, title: study.title, role }),
        "",
        url,
        "",
        t("ignore"),
      ].join("\n"),
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "team.added",
      targetType: "Membership",
      targetId: membership.id,
      data: { email: input.email, role: input.role },
    });
  });
}
