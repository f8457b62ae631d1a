import { getFormatter, getTranslations } from "next-intl/server";
import type { FormAction } from "@/components/text/types.ts";
import { Button } from "@/components/ui/button.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Select } from "@/components/ui/select.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { SourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import { TEXT_LOCATION } from "@/lib/sources/schemas.ts";
import { AddSourceForm } from "./add-source-form.tsx";
import { MappingForm, RemoveSourceForm } from "./source-forms.tsx";

type Actions = { add: FormAction; remove: FormAction; map: FormAction };

/** The evidence behind version 1: sources, the frequency table and the mapping table. */
export async function SourceAnalysisView({
  analysis,
  actions,
}: {
  analysis: SourceAnalysis;
  actions: Actions;
}) {
  const t = await getTranslations("sources");
  const format = await getFormatter();
  const { sources, frequency, mapping } = analysis;
  return (
    <div className="flex flex-col gap-8">
      <p className="max-w-prose">{t("intro")}</p>
      <section aria-labelledby="sources-list" className="flex flex-col gap-3">
        <h3 id="sources-list" className="text-xl">
          {t("listTitle", { count: sources.length })}
        </h3>
        {sources.length === 0 ? (
          <EmptyState headingLevel="h3" title={t("empty")} />
        ) : (
          <ol className="flex flex-col gap-3">
            {sources.map((s) => (
              <li
                key={s.id}
                className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4"
              >
                <blockquote className="border-l-4 border-line-strong pl-3 whitespace-pre-line">
                  {s.text}
                </blockquote>
                <p className="text-sm">
                  {s.citation}
                  {s.jurisdiction || s.sector
                    ? ` · ${[s.jurisdiction, s.sector].filter(Boolean).join(", ")}`
                    : ""}
                </p>
                <p className="text-sm text-ink-muted">
                  {t("mentions", { list: s.characteristics.join(", ") || "—" })}
                </p>
                {analysis.canEdit ? (
                  <RemoveSourceForm
                    action={actions.remove}
                    sourceId={s.id}
                    label={t("removeLabel", { citation: s.citation })}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      {analysis.canEdit ? (
        <Card as="section">
          <CardTitle as="h3">{t("add.title")}</CardTitle>
          <AddSourceForm action={actions.add} known={frequency.map((f) => f.name)} />
        </Card>
      ) : null}
      {frequency.length > 0 ? (
        <section aria-labelledby="frequency-title" className="flex flex-col gap-3">
          <h3 id="frequency-title" className="text-xl">
            {t("frequencyTitle")}
          </h3>
          <Table caption={t("frequencyCaption", { count: sources.length })}>
            <THead>
              <Tr>
                <Th scope="col">{t("characteristic")}</Th>
                <Th scope="col" numeric>
                  {t("sourcesColumn")}
                </Th>
                <Th scope="col" numeric>
                  {t("shareColumn")}
                </Th>
              </Tr>
            </THead>
            <TBody>
              {frequency.map((f) => (
                <Tr key={f.id}>
                  <Th scope="row">{f.name}</Th>
                  <Td numeric>{f.sources}</Td>
                  <Td numeric>
                    {format.number(f.share, { style: "percent", maximumFractionDigits: 0 })}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </section>
      ) : null}
      {mapping && frequency.length > 0 ? (
        <section aria-labelledby="mapping-title" className="flex flex-col gap-3">
          <h3 id="mapping-title" className="text-xl">
            {t("mapping.title", { number: mapping.version.number })}
          </h3>
          <form method="get" className="flex flex-wrap items-end gap-2 print:hidden">
            <label className="flex flex-col gap-1 text-sm font-medium">
              {t("mapping.version")}
              <Select
                name="version"
                defaultValue={String(mapping.version.number)}
                className="w-auto"
              >
                {analysis.versions.map((v) => (
                  <option key={v.id} value={v.number}>
                    {t("mapping.versionOption", { number: v.number })}
                  </option>
                ))}
              </Select>
            </label>
            <Button type="submit" variant="secondary" size="sm">
              {t("mapping.show")}
            </Button>
          </form>
          <Table caption={t("mapping.caption", { number: mapping.version.number })}>
            <THead>
              <Tr>
                <Th scope="col">{t("characteristic")}</Th>
                <Th scope="col">{t("mapping.where")}</Th>
              </Tr>
            </THead>
            <TBody>
              {mapping.rows.map((row) => {
                const places = [
                  ...(row.inText ? [t("mapping.text")] : []),
                  ...row.clauses.map((n) => t("mapping.clause", { number: n })),
                ];
                return (
                  <Tr key={row.id}>
                    <Th scope="row">{row.name}</Th>
                    <Td>
                      {places.length ? format.list(places) : <em>{t("mapping.absent")}</em>}
                      {analysis.canEdit ? (
                        <details className="mt-2 print:hidden">
                          <summary className="cursor-pointer text-sm">
                            {t("mapping.edit", { name: row.name })}
                          </summary>
                          <MappingForm
                            action={actions.map}
                            versionId={mapping.version.id}
                            characteristic={row}
                            clauses={mapping.version.clauses}
                            selected={[
                              ...(row.inText ? [TEXT_LOCATION] : []),
                              ...row.clauseVersionIds,
                            ]}
                          />
                        </details>
                      ) : null}
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        </section>
      ) : null}
    </div>
  );
}
