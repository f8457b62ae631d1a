import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown/markdown.tsx";
import type { FormAction } from "@/components/text/types.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import { flowFigureSvg } from "@/lib/report/flow-figure.ts";
import type { StudyReport } from "@/lib/report/get-report.ts";
import { isWritableItem } from "@/lib/report/report-items.ts";
import { ReportSectionForm } from "./report-section-form.tsx";
import { ReportingChecklistTables } from "./reporting-checklist.tsx";

const tone = { data: "info", written: "success", empty: "warning" } as const;

/** The reporting checklist, the facilitators' sections, and the report itself. */
export async function ReportView({ report, action }: { report: StudyReport; action: FormAction }) {
  const t = await getTranslations("reportPage");
  const ts = await getTranslations("report.status");
  const tp = await getTranslations("reportAccord.prompt");
  return (
    <div className="flex flex-col gap-8">
      <div className="print:hidden">
        <Table caption={t("checklistCaption")}>
          <THead>
            <Tr>
              <Th scope="col">{t("item")}</Th>
              <Th scope="col">{t("source")}</Th>
            </Tr>
          </THead>
          <TBody>
            {report.items.map((item) => (
              <Tr key={item.key}>
                <Th scope="row">
                  <a href={`#item-${item.key}`}>{item.title}</a>
                </Th>
                <Td>
                  <Badge tone={tone[item.status]}>{ts(item.status)}</Badge>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      <ReportingChecklistTables report={report} />
      <article
        aria-label={t("preview")}
        className="flex flex-col gap-8 rounded-lg border border-line bg-surface p-5 sm:p-8"
      >
        <h2 className="text-2xl">{report.title}</h2>
        {report.items
          .filter((item) => item.key !== "title")
          .map((item) => (
            <section
              key={item.key}
              id={`item-${item.key}`}
              aria-labelledby={`item-${item.key}-title`}
              className="flex flex-col gap-3"
            >
              <h3 id={`item-${item.key}-title`} className="text-xl">
                {item.title}
              </h3>
              {item.markdown ? (
                <Markdown source={item.markdown} />
              ) : (
                <p className="text-ink-muted">—</p>
              )}
              {item.figure ? (
                <figure className="flex flex-col gap-2">
                  <figcaption className="font-medium">{item.figure.title}</figcaption>
                  {/* The SVG is built by flowFigureSvg, which escapes every text it draws. */}
                  <div
                    role="img"
                    aria-label={item.figure.steps.join(" → ")}
                    className="max-w-xl [&_svg]:h-auto [&_svg]:max-w-full"
                    dangerouslySetInnerHTML={{ __html: flowFigureSvg(item.figure) }}
                  />
                </figure>
              ) : null}
              {report.canEdit && isWritableItem(item.key) ? (
                <details className="print:hidden">
                  <summary className="cursor-pointer text-sm font-medium">
                    {t("edit", { title: item.title })}
                  </summary>
                  <ReportSectionForm
                    action={action}
                    itemKey={item.key}
                    title={item.title}
                    prompt={tp(item.key)}
                    body={report.written[item.key] ?? ""}
                  />
                </details>
              ) : null}
            </section>
          ))}
      </article>
    </div>
  );
}
