import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { insertPanelMember } from "./internal/insert-panel-member.ts";
import type { PanelMemberInput } from "./schemas.ts";

/** Adds one expert to a study's panel as PROPOSED, within the panel cap. */
export async function addPanelMember(
  db: PrismaClient,
  access: StudyAccess,
  input: PanelMemberInput,
): Promise<{ id: string }> {
  authorize(access, "panel.manage");
  const { studyId, userId } = access;
  return db.$transaction((tx) => insertPanelMember(tx, userId, studyId, input));
}
