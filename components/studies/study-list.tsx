import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { StudyListItem } from "@/lib/studies/list-studies.ts";

export async function StudyList({ studies }: { studies: StudyListItem[] }) {
  const t = await getTranslations("studies");
  const format = await getFormatter();
  if (studies.length === 0) {
    return <EmptyState title={t("list.emptyTitle")} description={t("list.emptyBody")} />;
  }
  return (
    <Table caption={t("list.caption")} captionHidden>
      <THead>
        <Tr>
          <Th>{t("list.columns.title")}</Th>
          <Th>{t("list.columns.status")}</Th>
          <Th>{t("list.columns.role")}</Th>
          <Th numeric>{t("list.columns.panel")}</Th>
          <Th>{t("list.columns.updated")}</Th>
        </Tr>
      </THead>
      <TBody>
        {studies.map((s) => (
          <Tr key={s.id}>
            <Th scope="row">
              <Link href={`/studies/${s.id}`}>{s.title}</Link>
            </Th>
            <Td>
              <Badge tone="neutral">{t(`status.${s.status}`)}</Badge>
            </Td>
            <Td>{t(`role.${s.role}`)}</Td>
            <Td numeric>{s.panelSize}</Td>
            <Td>{format.dateTime(s.updatedAt, { dateStyle: "medium" })}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
