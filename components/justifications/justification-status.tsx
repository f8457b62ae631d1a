import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert.tsx";

/** On the editor: how many changes still owe a justification, and where to write them. */
export async function JustificationStatus({
  studyId,
  number,
  missing,
}: {
  studyId: string;
  number: number;
  missing: number;
}) {
  const t = await getTranslations("justify");
  const tc = await getTranslations("common");
  const tone = missing === 0 ? "success" : "warning";
  return (
    <Alert tone={tone} label={tc(`alert.${tone}`)}>
      {missing === 0
        ? t("editorAllDone", { number })
        : t("stillMissing", { count: missing, number })}{" "}
      <Link href={`/studies/${studyId}/text/justify`}>{t("editorLink")}</Link>
    </Alert>
  );
}
