import { getTranslations } from "next-intl/server";
import type { ConsensusRule } from "@/lib/consensus/statistics.ts";

/** The protocol's consensus rule in two sentences: one for the parts, one for the whole text. */
export async function RuleSentences({ rule }: { rule: ConsensusRule }) {
  const t = await getTranslations("consensus.rule");
  return (
    <>
      {t(`parts.${rule.parts.kind}`, { threshold: rule.parts.threshold })}{" "}
      {t(`whole.${rule.whole.kind}`, { threshold: rule.whole.threshold })}
    </>
  );
}
