import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { AgreementHeatmap } from "@/lib/consensus/get-agreement-heatmap.ts";
import type { ConsensusStatus } from "@/lib/consensus/statistics.ts";

/**
 * Clause × round, as a table whose cells are shaded by the share that can live with the
 * clause. The shading is lightness only (grayscale-safe) and every cell prints its number,
 * so the table is its own text equivalent.
 */
export async function AgreementHeatmapTable({ heatmap }: { heatmap: AgreementHeatmap }) {
  const t = await getTranslations("results.heatmap");
  const format = await getFormatter();
  const last = heatmap.rounds[heatmap.rounds.length - 1];
  return (
    <Table caption={t("caption")}>
      <THead>
        <Tr>
          <Th>{t("clause")}</Th>
          {heatmap.rounds.map((n) => (
            <Th key={n} numeric>
              {t("round", { number: n })}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {heatmap.rows.map((row) => (
          <Tr key={row.clauseId}>
            <Th scope="row" className="max-w-xs">
              <span className="block">
                {row.labelRound === last
                  ? t("rowLabel", { number: row.label })
                  : t("rowLabelEarlier", { number: row.label, round: row.labelRound })}
              </span>
              <span className="block truncate font-normal text-ink-muted">{row.text}</span>
            </Th>
            {row.cells.map((cell, i) => {
              if (!cell)
                return (
                  <Td key={i} numeric className="text-ink-muted italic">
                    {t("absent")}
                  </Td>
                );
              const share = cell.canShare;
              const text =
                share === null
                  ? t("noAnswers")
                  : t(cell.position === row.label ? "cell" : "cellNumbered", {
                      share: format.number(share, { style: "percent", maximumFractionDigits: 0 }),
                      answered: cell.answered,
                      number: cell.position,
                    });
              return (
                <Td
                  key={i}
                  numeric
                  data-status={cell.status}
                  className={isMet(cell.status) ? "font-semibold" : undefined}
                  style={share === null ? undefined : shade(share)}
                >
                  {text}
                </Td>
              );
            })}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

// Bold marks a clause that met the protocol's rule for the parts, whichever its kind.
function isMet(status: ConsensusStatus) {
  return status === "CONSENSUS" || status === "NO_OBJECTION";
}

// Teal at 8–60% opacity over white keeps dark text readable (contrast ≥ 4.5:1) at every step.
function shade(share: number) {
  const alpha = 0.08 + 0.52 * share;
  return { backgroundColor: `rgb(15 94 90 / ${alpha.toFixed(2)})` };
}
