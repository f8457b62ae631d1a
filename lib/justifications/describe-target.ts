import { getTranslator, type Locale } from "@/lib/i18n/translator.ts";
import type { ChangeTarget } from "./change-targets.ts";

/**
 * "Clauses 1 and 2: split from clause 1", "Former clause 5: removed", "Clause 4: restored
 * from version 1", …
 */
export function describeTarget(
  target: Pick<ChangeTarget, "clauseVersionId" | "kind" | "from" | "to" | "restoredFrom">,
  locale: Locale = "en",
): string {
  const t = getTranslator("justify.heading", locale);
  const list = (numbers: number[]) =>
    new Intl.ListFormat(locale, { type: "conjunction" }).format(numbers.map(String));
  return target.clauseVersionId === null
    ? t(target.kind === "UNCHANGED" ? "textUnchanged" : "text")
    : t(target.kind, {
        from: list(target.from),
        to: list(target.to),
        version: target.restoredFrom ?? "",
      });
}
