import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown/markdown.tsx";
import { Card } from "@/components/ui/card.tsx";
import { LocalTime } from "@/components/ui/local-time.tsx";
import type { PanelSummary } from "@/lib/summaries/internal/list-panel-summaries.ts";

/** The summaries sent to the panel, newest round first, as an expert sees them. */
export async function PanelSummaries({ summaries }: { summaries: PanelSummary[] }) {
  const t = await getTranslations("summaries.panel");
  return (
    <section aria-labelledby="panel-summaries" className="flex flex-col gap-4">
      <h2 id="panel-summaries" className="text-2xl">
        {t("title")}
      </h2>
      {summaries.map((s) => (
        <Card as="article" key={s.roundNumber}>
          <h3 className="text-xl">{t("round", { number: s.roundNumber })}</h3>
          <p className="text-sm text-ink-muted">
            {t("sentOn")} <LocalTime iso={s.sentAt.toISOString()} />
            {s.earlier.length ? ` · ${t("corrected", { count: s.earlier.length })}` : ""}
          </p>
          <Markdown source={s.body} className="mt-3" />
        </Card>
      ))}
    </section>
  );
}
