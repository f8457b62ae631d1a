import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { DiffText } from "@/components/versions/diff-text.tsx";
import { dispositions } from "@/lib/justifications/schemas.ts";
import type { PublicChange } from "@/lib/publication/get-public-study.ts";
import type { DiffSegment } from "@/lib/versions/diff-versions.ts";

/**
 * What changed from one version to the next and why: each change with its justification,
 * the feedback it answers, the inline diff and, on request, the two wordings side by side.
 */
export async function ChangeList({
  changes,
  previous,
  current,
}: {
  changes: PublicChange[];
  previous: number;
  current: number;
}) {
  const t = await getTranslations("public.version");
  const tj = await getTranslations("justify.disposition");
  const td = await getTranslations("versions.diff");
  const format = await getFormatter();
  const labels = { added: td("added"), removed: td("removed") };
  return (
    <ol className="flex flex-col gap-5">
      {changes.map((change, i) => {
        const answered = dispositions.filter((d) => change.answered[d]);
        const count = answered.reduce((sum, d) => sum + (change.answered[d] ?? 0), 0);
        return (
          <li key={i} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
            <h3 className="flex flex-wrap items-center gap-2 text-lg">
              {change.heading}
              {change.changeClass ? (
                <Badge tone={change.changeClass === "SUBSTANTIVE" ? "info" : "neutral"}>
                  {t(`changeClass.${change.changeClass}`)}
                </Badge>
              ) : null}
            </h3>
            <p>
              <span className="font-medium">{t("justification")}</span>{" "}
              {change.justification ?? t("noJustification")}
            </p>
            {count > 0 ? (
              <p className="text-sm text-ink-muted">
                {t("answered", {
                  count,
                  list: format.list(
                    answered.map((d) => `${change.answered[d]} ${tj(d).toLowerCase()}`),
                  ),
                })}
              </p>
            ) : null}
            {change.parts.map((part, p) => (
              <p key={p}>
                {part.to !== null && change.parts.length > 1 ? (
                  <span className="font-medium">{td("clause", { number: part.to })}: </span>
                ) : null}
                <DiffText segments={part.segments} labels={labels} />
              </p>
            ))}
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">{t("sideBySide")}</summary>
              <SideBySide
                parts={change.parts}
                before={t("before", { number: change.restoredFrom ?? previous })}
                after={t("after", { number: current })}
                empty={t("removedNothing")}
                labels={labels}
              />
            </details>
          </li>
        );
      })}
    </ol>
  );
}

/** The earlier wording (deletions marked) beside the later one (insertions marked). */
function SideBySide({
  parts,
  before,
  after,
  empty,
  labels,
}: {
  parts: PublicChange["parts"];
  before: string;
  after: string;
  empty: string;
  labels: { added: string; removed: string };
}) {
  const side = (segments: DiffSegment[], keep: DiffSegment["kind"]) => {
    const kept = segments.filter((s) => s.kind === "same" || s.kind === keep);
    return kept.some((s) => s.text.trim()) ? kept : null;
  };
  return (
    <table className="mt-2 w-full table-fixed border-collapse">
      <thead>
        <tr>
          <th scope="col" className="border border-line p-2 text-left">
            {before}
          </th>
          <th scope="col" className="border border-line p-2 text-left">
            {after}
          </th>
        </tr>
      </thead>
      <tbody>
        {parts.map((part, i) => {
          const left = side(part.segments, "removed");
          const right = side(part.segments, "added");
          return (
            <tr key={i} className="align-top">
              <td className="border border-line p-2">
                {left ? <DiffText segments={left} labels={labels} /> : empty}
              </td>
              <td className="border border-line p-2">
                {right ? <DiffText segments={right} labels={labels} /> : empty}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
