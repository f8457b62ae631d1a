import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import type { VersionForEditing } from "@/lib/versions/get-version-for-editing.ts";

const statusTone = { DRAFT: "neutral", LOCKED: "warning", PUBLISHED: "success" } as const;

/** Title of the text pages with the version's status and the editor / preview switch. */
export async function TextHeader({
  studyId,
  number,
  status,
  current,
}: {
  studyId: string;
  number: number;
  status: VersionForEditing["status"];
  current: "editor" | "preview" | "justify";
}) {
  const t = await getTranslations("text");
  const base = `/studies/${studyId}/text`;
  const tabs = [
    { key: "editor", href: base },
    { key: "preview", href: `${base}/preview` },
    { key: "justify", href: `${base}/justify` },
  ] as const;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-2xl">{t("title", { number })}</h2>
        <Badge tone={statusTone[status]}>{t(`status.${status}`)}</Badge>
      </div>
      <p className="text-ink-muted">{t("description")}</p>
      <nav aria-label={t("tabs.label")}>
        <ul className="flex gap-1 border-b border-line">
          {tabs.map((tab) => {
            const isCurrent = tab.key === current;
            return (
              <li key={tab.key}>
                <Link
                  href={tab.href}
                  aria-current={isCurrent ? "page" : undefined}
                  className={
                    "-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium no-underline " +
                    (isCurrent
                      ? "border-accent text-accent-strong"
                      : "border-transparent text-ink hover:border-line-strong")
                  }
                >
                  {t(`tabs.${tab.key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
