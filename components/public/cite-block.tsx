import { getTranslations } from "next-intl/server";
import { apaCitation, bibtexCitation, type CitationInput } from "@/lib/publication/citation.ts";

/** "Cite this": the references as selectable text, so they copy without any script. */
export async function CiteBlock({ citation }: { citation: CitationInput }) {
  const t = await getTranslations("public.study");
  return (
    <section aria-labelledby="cite-title" className="flex flex-col gap-3">
      <h2 id="cite-title" className="text-xl">
        {t("citeTitle")}
      </h2>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-sm font-medium">{t("citeApa")}</figcaption>
        {/* The study's address has no break of its own: it may break anywhere on a phone. */}
        <p className="rounded-md border border-line bg-surface p-3 [overflow-wrap:anywhere]">
          {apaCitation(citation)}
        </p>
      </figure>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-sm font-medium">{t("citeBibtex")}</figcaption>
        <pre className="overflow-x-auto rounded-md border border-line bg-surface p-3 text-sm">
          <code>{bibtexCitation(citation)}</code>
        </pre>
      </figure>
    </section>
  );
}
