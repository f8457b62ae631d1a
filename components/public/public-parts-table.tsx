import { getFormatter, getTranslations } from "next-intl/server";
import { ConsensusBadge } from "@/components/consensus/status-badge.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { PublicPart } from "@/lib/publication/internal/list-public-rounds.ts";

/**
 * Aggregate results, one row per part (of a round) or per round (of a clause): how many
 * could and could not live with it, no answer, the share and the consensus status.
 */
export async function PublicPartsTable({
  caption,
  firstColumn,
  rows,
}: {
  caption: string;
  /** The heading of the row labels' column. */
  firstColumn: string;
  rows: { key: string; label: string; part: PublicPart }[];
}) {
  const t = await getTranslations("consensus.columns");
  const format = await getFormatter();
  const percent = (v: number | null) =>
    v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 });
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{firstColumn}</Th>
          <Th scope="col" numeric>
            {t("can")}
          </Th>
          <Th scope="col" numeric>
            {t("cannot")}
          </Th>
          <Th scope="col" numeric>
            {t("noAnswer")}
          </Th>
          <Th scope="col" numeric>
            {t("share")}
          </Th>
          <Th scope="col">{t("status")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map(({ key, label, part }) => (
          <Tr key={key}>
            <Th scope="row">{label}</Th>
            <Td numeric>{part.canLiveWith}</Td>
            <Td numeric>{part.cannotLiveWith}</Td>
            <Td numeric>{part.noAnswer}</Td>
            <Td numeric>{percent(part.canShare)}</Td>
            <Td>
              <ConsensusBadge status={part.status} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
