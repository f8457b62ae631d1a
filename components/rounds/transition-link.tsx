import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Back to the page that walks facilitators from round `number` to the next one. */
export async function TransitionLink({ studyId, number }: { studyId: string; number: number }) {
  const t = await getTranslations("rounds.transition");
  return (
    <p className="print:hidden">
      <Link href={`/studies/${studyId}/rounds/${number}/next`} className="font-medium">
        {t("link", { number, next: number + 1 })}
      </Link>
    </p>
  );
}
