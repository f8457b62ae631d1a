import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import type { ConsensusStatus } from "@/lib/consensus/statistics.ts";

const tone = {
  CONSENSUS: "success",
  NO_OBJECTION: "success",
  NO_CONSENSUS: "warning",
  CONTESTED: "warning",
  NO_DATA: "neutral",
} as const;

/** A part's verdict in the words of the protocol's rule (see ConsensusStatus). */
export async function ConsensusBadge({ status }: { status: ConsensusStatus }) {
  const t = await getTranslations("consensus.status");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
