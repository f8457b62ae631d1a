import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { PartResult, RoundResults } from "@/lib/consensus/get-round-results.ts";
import { ConsensusBadge } from "./status-badge.tsx";

export type LabelledPart = { key: string; label: string; result: PartResult };

/** Parts of a round in reading order: explanatory text, clauses, then the whole text. */
export async function labelledParts(results: RoundResults): Promise<LabelledPart[]> {
  const t = await getTranslations("consensus.part");
  return [
    ...(results.text ? [{ key: "text", label: t("text"), result: results.text }] : []),
    ...results.clauses.map((c) => ({
      key: c.clauseVersionId,
      label: t("clause", { number: c.position }),
      result: c as PartResult,
    })),
    { key: "overall", label: t("overall"), result: results.overall },
  ];
}

/** Every figure of the round, as a table: the accessible and printable form of the chart. */
export async function RoundResultsTable({
  results,
  parts,
}: {
  results: RoundResults;
  parts: LabelledPart[];
}) {
  const t = await getTranslations("results");
  const tc = await getTranslations("consensus.columns");
  const format = await getFormatter();
  const percent = (v: number | null) =>
    v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const decimal = (v: number) => format.number(v, { maximumFractionDigits: 2 });
  const hasRatings = parts.some((p) => p.result.ratings);
  const hasMovement = results.round.number > 1;
  return (
    <Table caption={t("partsCaption", { number: results.round.number })}>
      <THead>
        <Tr>
          <Th>{tc("part")}</Th>
          <Th numeric>{tc("can")}</Th>
          <Th numeric>{tc("cannot")}</Th>
          <Th numeric>{tc("noAnswer")}</Th>
          <Th numeric>{tc("share")}</Th>
          <Th>{tc("status")}</Th>
          {hasRatings ? <Th numeric>{t("columns.ratings")}</Th> : null}
          {hasMovement ? (
            <Th>{t("columns.movement", { number: results.round.number - 1 })}</Th>
          ) : null}
          <Th numeric>{t("columns.suggestions")}</Th>
        </Tr>
      </THead>
      <TBody>
        {parts.map(({ key, label, result: r }) => (
          <Tr key={key}>
            <Th scope="row">{label}</Th>
            <Td numeric>{r.canLiveWith}</Td>
            <Td numeric>{r.cannotLiveWith}</Td>
            <Td numeric>{r.noAnswer}</Td>
            <Td numeric>{percent(r.canShare)}</Td>
            <Td>
              <ConsensusBadge status={r.status} />
            </Td>
            {hasRatings ? (
              <Td numeric>
                {r.ratings
                  ? t("ratingValue", {
                      median: decimal(r.ratings.median),
                      iqr: decimal(r.ratings.iqr),
                    })
                  : t("noRatings")}
              </Td>
            ) : null}
            {hasMovement ? (
              <Td>{r.movement ? t("movement", r.movement) : t("movementNone")}</Td>
            ) : null}
            <Td numeric>{key === "overall" ? "—" : r.suggestions}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
