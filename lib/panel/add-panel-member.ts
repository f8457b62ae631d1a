import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireStudyAccess } from "@/lib/guards.ts";
import { insertPanelMember } from "./internal/insert-panel-member.ts";
import type { PanelMemberInput } from "./schemas.ts";

/** Adds one expert to a study's panel as PROPOSED, within the panel cap. */
export async function addPanelMember(
  db: PrismaClient,
  userId: string,
  studyId: string,
  input: PanelMemberInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await requireStudyAccess(tx, userId, studyId, "panel.manage");
    return insertPanelMember(tx, userId, studyId, input);
  });
}
