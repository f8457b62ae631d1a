import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { LocalTime } from "@/components/ui/local-time.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { RoundList } from "@/lib/rounds/list-rounds.ts";

export async function RoundTable({
  studyId,
  rounds,
}: {
  studyId: string;
  rounds: RoundList["rounds"];
}) {
  const t = await getTranslations("rounds");
  if (!rounds.length) return <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />;
  return (
    <Table caption={t("caption")}>
      <THead>
        <Tr>
          <Th>{t("columns.round")}</Th>
          <Th>{t("columns.state")}</Th>
          <Th>{t("columns.deadline")}</Th>
          <Th numeric>{t("columns.submitted")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rounds.map((r) => (
          <Tr key={r.number}>
            <Th scope="row">
              <Link href={`/studies/${studyId}/rounds/${r.number}`}>
                {t("roundOfVersion", { number: r.number, version: r.versionNumber })}
              </Link>
            </Th>
            <Td>
              <Badge tone={r.state === "OPEN" ? "success" : "neutral"}>
                {t(`state.${r.state}`)}
              </Badge>
            </Td>
            <Td>
              <LocalTime iso={(r.closedAt ?? r.closesAt).toISOString()} />
            </Td>
            <Td numeric>{t("submittedOf", { submitted: r.submitted, total: r.experts })}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
