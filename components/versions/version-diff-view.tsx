import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import type { VersionDiff } from "@/lib/versions/diff-versions.ts";
import { DiffText } from "./diff-text.tsx";

/** The changes from one version to the next, clause by clause in the new order. */
export async function VersionDiffView({
  diff,
}: {
  diff: VersionDiff & { from: number; to: number };
}) {
  const t = await getTranslations("versions.diff");
  const labels = { added: t("added"), removed: t("removed") };
  const changed = diff.clauses.filter((c) => c.kind !== "UNCHANGED");
  return (
    <Card as="section">
      <CardTitle>{t("title", { from: diff.from, to: diff.to })}</CardTitle>
      {!diff.explanatoryText.changed && changed.length === 0 && diff.removed.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("listLabel")}>
          {diff.explanatoryText.changed ? (
            <li>
              <p className="font-medium">{t("text")}</p>
              <DiffText segments={diff.explanatoryText.segments} labels={labels} />
            </li>
          ) : null}
          {changed.map((c) => (
            <li key={`c${c.to}`}>
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {t("clause", { number: c.to })}
                <Badge>
                  {t(`kind.${c.kind}`, { from: c.from.join(", "), version: c.restoredFrom ?? "" })}
                </Badge>
              </p>
              <DiffText segments={c.segments} labels={labels} />
            </li>
          ))}
          {diff.removed.map((r) => (
            <li key={`r${r.from}`}>
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {t("oldClause", { number: r.from })}
                <Badge>{t("kind.REMOVED")}</Badge>
              </p>
              <DiffText segments={r.segments} labels={labels} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
