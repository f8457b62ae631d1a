import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";
import type { PanelStatus } from "@/lib/panel/panel-rules.ts";

const tones: Record<PanelStatus, BadgeTone> = {
  PROPOSED: "neutral",
  INVITED: "info",
  ACCEPTED: "success",
  DECLINED: "warning",
  WITHDRAWN: "neutral",
  EXCLUDED: "danger",
};

export function PanelStatusBadge({ status }: { status: PanelStatus }) {
  const t = useTranslations("panel.statusLabel");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
