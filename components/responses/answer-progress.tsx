"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState, type RefObject } from "react";

export type ProgressPart = {
  /** The id of the part's first control, to jump to. */
  anchor: string;
  label: string;
  answered: boolean;
};

/** A part as the progress line counts it: answered once its position field has a value. */
export type CountedPart = { anchor: string; label: string; name: string; stored: string };

/**
 * Which parts have a position: first as rendered (the stored answers, or what a refused POST
 * sent back), then, after `recount` (on every change) and each time `filled` moves on (the
 * form filled from a copy on the device or a newer stored answer), as the form holds them.
 */
export function useAnswerProgress(
  formRef: RefObject<HTMLFormElement | null>,
  parts: CountedPart[],
  filled: number,
) {
  const [chosen, setChosen] = useState<Record<string, boolean> | null>(null);
  const progress: ProgressPart[] = parts.map((p) => ({
    anchor: p.anchor,
    label: p.label,
    answered: chosen?.[p.name] ?? p.stored !== "",
  }));
  const names = parts.map((p) => p.name).join("\n");
  const recount = useCallback(() => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    setChosen(Object.fromEntries(names.split("\n").map((n) => [n, data.get(n) !== null])));
  }, [formRef, names]);
  useEffect(() => {
    if (filled) recount();
  }, [filled, recount]);
  return { progress, recount };
}

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
