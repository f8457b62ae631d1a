import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button.tsx";
import type { ResponseSnapshot } from "@/lib/responses/get-response-snapshot.ts";
import { LocalTime } from "@/components/ui/local-time.tsx";

/**
 * Shown when the stored answers changed since this page loaded (another tab or device).
 * Nothing was overwritten; the expert picks a version. Without JavaScript the buttons are
 * not rendered: the form keeps the expert's version and the note says how to choose.
 */
export function ConflictPanel(props: {
  theirs: ResponseSnapshot;
  labels: { clause: Record<string, string> };
  interactive: boolean;
  onResolve: (keep: "theirs" | "mine") => void;
}) {
  const t = useTranslations("response");
  const { theirs } = props;
  const position = (p: string | null) =>
    p === "CAN_LIVE_WITH" ? t("part.can") : p === "CANNOT_LIVE_WITH" ? t("part.cannot") : "—";
  const parts = [
    [t("part.textLegend"), theirs.text] as const,
    ...Object.entries(theirs.clause).map(([id, a]) => [props.labels.clause[id] ?? id, a] as const),
  ];
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-md border border-l-4 border-warning bg-warning-soft p-4 text-warning-ink"
    >
      <p className="font-semibold">{t("conflict.title")}</p>
      <p className="text-sm">
        {t.rich("conflict.body", { time: () => <LocalTime iso={theirs.updatedAt} /> })}
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">{t("conflict.showTheirs")}</summary>
        <dl className="mt-2 flex flex-col gap-2 text-ink">
          {parts.map(([label, a]) => (
            <div key={label}>
              <dt className="font-medium">{label}</dt>
              <dd className="whitespace-pre-line">
                {position(a.position)}
                {a.reason ? ` — ${a.reason}` : ""}
                {a.suggestion ? `\n${t("part.suggestion")}: ${a.suggestion}` : ""}
              </dd>
            </div>
          ))}
          <div>
            <dt className="font-medium">{t("overall.legend")}</dt>
            <dd>{position(theirs.overallPosition)}</dd>
          </div>
          {theirs.generalComments ? (
            <div>
              <dt className="font-medium">{t("comments")}</dt>
              <dd className="whitespace-pre-line">{theirs.generalComments}</dd>
            </div>
          ) : null}
        </dl>
      </details>
      {props.interactive ? (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => props.onResolve("theirs")}>
            {t("conflict.loadTheirs")}
          </Button>
          <Button variant="secondary" onClick={() => props.onResolve("mine")}>
            {t("conflict.keepMine")}
          </Button>
        </div>
      ) : (
        <p className="text-sm">{t("conflict.keepMineNoJs")}</p>
      )}
    </div>
  );
}
