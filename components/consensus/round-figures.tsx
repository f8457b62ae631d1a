import { getTranslations } from "next-intl/server";
import { wholeVerdict, type ConsensusStatus } from "@/lib/consensus/statistics.ts";

/** The round's verdict on the text as a whole, in one line. */
export async function WholeTextHeadline({ status }: { status: ConsensusStatus }) {
  const t = await getTranslations("consensus.headline");
  return <p className="text-lg font-semibold">{t(wholeVerdict(status))}</p>;
}
