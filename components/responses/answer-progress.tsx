"use client";

import { useTranslations } from "next-intl";

export type ProgressPart = {
  /** The id of the part's first control, to jump to. */
  anchor: string;
  label: string;
  answered: boolean;
};

/**
 * "3 of 6 parts answered", with links to the parts still open: on a phone the form is
 * several screens long. Rendered on the server from the stored answers, so it reads
 * without JavaScript too; with it, it follows the form as the expert answers.
 */
export function AnswerProgress({ parts, links }: { parts: ProgressPart[]; links: boolean }) {
  const t = useTranslations("response.progress");
  const open = parts.filter((p) => !p.answered);
  const count = (
    <p className="font-medium">
      {t("count", { answered: parts.length - open.length, total: parts.length })}
    </p>
  );
  if (!links) return <div className="text-sm">{count}</div>;
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-col gap-1 rounded-md border border-line bg-surface p-3 text-sm"
    >
      {count}
      {open.length ? (
        <p>
          {t("open")}{" "}
          {open.map((p, i) => (
            <span key={p.anchor}>
              {i ? ", " : null}
              <a href={`#${p.anchor}`}>{p.label}</a>
            </span>
          ))}
        </p>
      ) : (
        <p>{t("all")}</p>
      )}
    </nav>
  );
}
