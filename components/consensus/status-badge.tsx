import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import type { ConsensusStatus } from "@/lib/consensus/statistics.ts";

const tone = { CONSENSUS: "success", NO_CONSENSUS: "warning", NO_DATA: "neutral" } as const;

export async function ConsensusBadge({ status }: { status: ConsensusStatus }) {
  const t = await getTranslations("results.status");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
