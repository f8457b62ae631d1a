import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { VersionText } from "./version-text.tsx";

/** The version as experts will see it, framed so it is not mistaken for the editor. */
export async function TextPreview({
  studyId,
  version,
}: {
  studyId: string;
  version: {
    number: number;
    explanatoryText: string;
    clauses: { id: string; position: number; text: string }[];
  };
}) {
  const t = await getTranslations("text.preview");
  const isEmpty = !version.explanatoryText.trim() && version.clauses.length === 0;
  return (
    <section aria-labelledby="preview-title" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h3 id="preview-title" className="text-xl">
          {t("title")}
        </h3>
        <p className="text-ink-muted">{t("description", { number: version.number })}</p>
      </div>
      {isEmpty ? (
        <EmptyState
          headingLevel="h3"
          title={t("emptyTitle")}
          description={t("emptyBody")}
          action={
            <ButtonLink href={`/studies/${studyId}/text`} variant="secondary">
              {t("backToEditor")}
            </ButtonLink>
          }
        />
      ) : (
        <Card className="border-2 border-dashed border-line-strong">
          <VersionText explanatoryText={version.explanatoryText} clauses={version.clauses} />
        </Card>
      )}
    </section>
  );
}
