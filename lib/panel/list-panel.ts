import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { isActivePanelStatus, type PanelStatus } from "./panel-rules.ts";

export type PanelListItem = {
  id: string;
  name: string;
  email: string;
  organisation: string;
  country: string;
  region: string;
  sector: string;
  gender: string | null;
  expertise: string[];
  status: PanelStatus;
  statusReason: string | null;
};

export type PanelList = {
  members: PanelListItem[];
  cap: number;
  /** Places taken under the cap: proposed, invited and accepted experts. */
  taken: number;
};

/** A study's panel for its facilitators and observers, in the order experts were added. */
export async function listPanel(db: Db, access: StudyAccess): Promise<PanelList> {
  const { studyId } = access;
  const [study, members] = await Promise.all([
    db.study.findUniqueOrThrow({ where: { id: studyId }, select: { panelCap: true } }),
    db.panelMember.findMany({
      where: { studyId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        organisation: true,
        country: true,
        region: true,
        sector: true,
        gender: true,
        expertise: true,
        status: true,
        statusReason: true,
      },
    }),
  ]);
  return {
    members,
    cap: study.panelCap,
    taken: members.filter((m) => isActivePanelStatus(m.status)).length,
  };
}
