import { getTranslations } from "next-intl/server";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import { PANEL_COLUMNS, REQUIRED_PANEL_COLUMNS } from "@/lib/panel/schemas.ts";

/** The documentation of the import file: each column, whether it is required, its format. */
export async function PanelCsvColumns() {
  const t = await getTranslations("panel.import");
  return (
    <Table caption={t("columnsCaption")} captionHidden>
      <THead>
        <Tr>
          <Th>{t("columnHeadings.column")}</Th>
          <Th>{t("columnHeadings.required")}</Th>
          <Th>{t("columnHeadings.format")}</Th>
        </Tr>
      </THead>
      <TBody>
        {PANEL_COLUMNS.map((column) => (
          <Tr key={column}>
            <Th scope="row">
              <code>{column}</code>
            </Th>
            <Td>{REQUIRED_PANEL_COLUMNS.includes(column) ? t("yes") : t("no")}</Td>
            <Td>{t(`columnFormat.${column}`)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
