"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const tabs = [
  { key: "overview", path: "" },
  { key: "protocol", path: "/protocol" },
  { key: "sources", path: "/sources" },
  { key: "text", path: "/text" },
  { key: "panel", path: "/panel" },
  { key: "invitations", path: "/invitations" },
  { key: "rounds", path: "/rounds" },
  { key: "report", path: "/report" },
  { key: "exports", path: "/exports" },
  { key: "team", path: "/team" },
  { key: "activity", path: "/activity" },
] as const;

export function StudyNav({ studyId }: { studyId: string }) {
  const t = useTranslations("studies.nav");
  const pathname = usePathname();
  const base = `/studies/${studyId}`;
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const href = `${base}${tab.path}`;
          const current = tab.path === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab.key}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={
                  "inline-block rounded-md px-3 py-1.5 text-sm no-underline " +
                  (current ? "bg-accent text-on-accent" : "text-ink hover:bg-surface-muted")
                }
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
