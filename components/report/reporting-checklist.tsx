import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { ComposedReport } from "@/lib/report/compose-report.ts";
import {
  reportingChecklist,
  type ChecklistGroup,
  type ReportingChecklist,
} from "@/lib/report/reporting-checklist.ts";

// The published guidelines, for the official wording and numbering of each item.
const ACCORD_DOI = "https://doi.org/10.1371/journal.pmed.1004326";
const CREDES_DOI = "https://doi.org/10.1177/0269216317690685";

const tone = { data: "info", written: "success", empty: "warning" } as const;

/** The ACCORD and CREDES checklists: every item, by section, with where the report answers it. */
export async function ReportingChecklistTables({ report }: { report: ComposedReport }) {
  const t = await getTranslations("reportAccord.checklist");
  const checklist: ReportingChecklist = reportingChecklist(report);
  const groups = (caption: string, list: ChecklistGroup<ChecklistSection>[]) => (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{t("number")}</Th>
          <Th scope="col">{t("item")}</Th>
          <Th scope="col">{t("where")}</Th>
          <Th scope="col">{t("state")}</Th>
        </Tr>
      </THead>
      {list.map((g) => (
        <TBody key={g.section}>
          <Tr>
            <Th scope="rowgroup" colSpan={4} className="bg-surface-muted">
              {t(`section.${g.section}`)}
            </Th>
          </Tr>
          {g.rows.map((r) => (
            <Tr key={r.id}>
              <Th scope="row">{r.id}</Th>
              <Td>{r.text}</Td>
              <Td>
                {r.homes.map((h, i) => (
                  <span key={h.key}>
                    {i > 0 ? ", " : null}
                    <a href={`#item-${h.key}`}>{h.title}</a>
                  </span>
                ))}
              </Td>
              <Td>
                <Badge tone={tone[r.status]}>{t(`status.${r.status}`)}</Badge>
              </Td>
            </Tr>
          ))}
        </TBody>
      ))}
    </Table>
  );
  return (
    <div className="flex flex-col gap-4 print:hidden">
      <p>{t("summary", checklist.counts)}</p>
      <p className="text-sm text-ink-muted">
        {t.rich("source", {
          accord: (chunks) => <a href={ACCORD_DOI}>{chunks}</a>,
          credes: (chunks) => <a href={CREDES_DOI}>{chunks}</a>,
        })}
      </p>
      {groups(t("accordCaption"), checklist.accord)}
      {groups(t("credesCaption"), checklist.credes)}
    </div>
  );
}

type ChecklistSection =
  ReportingChecklist["accord"][number]["section"] | ReportingChecklist["credes"][number]["section"];
