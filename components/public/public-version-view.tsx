import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { VersionText } from "@/components/text/version-text.tsx";
import type { CitationInput } from "@/lib/publication/citation.ts";
import type { PublicStudy, PublicVersion } from "@/lib/publication/get-public-study.ts";
import { ChangeList } from "./change-list.tsx";
import { CiteBlock } from "./cite-block.tsx";

/** One version of a published study in full, with what changed from the one before. */
export async function PublicVersionView({
  study,
  version,
  citation,
}: {
  study: PublicStudy;
  version: PublicVersion;
  citation: CitationInput;
}) {
  const t = await getTranslations("public.version");
  const ts = await getTranslations("public.study");
  const tc = await getTranslations("public.compare");
  const format = await getFormatter();
  const previous = study.versions.find((v) => v.number === version.number - 1);
  const next = study.versions.find((v) => v.number === version.number + 1);
  const base = `/s/${study.slug}`;
  const identity = new Map(version.clauses.map((c) => [c.id, c.clauseId]));
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="print:hidden">
          <Link href={base}>{t("back")}</Link>
        </p>
        <h1 className="text-3xl">{t("title", { number: version.number })}</h1>
        <p className="text-ink-muted">
          {t("of", { title: study.title })} · {format.dateTime(version.date, { dateStyle: "long" })}
        </p>
      </header>
      <section className="rounded-lg border border-line bg-surface p-5">
        <VersionText
          explanatoryText={version.explanatoryText}
          clauses={version.clauses.map((c) => ({ id: c.id, position: c.number, text: c.text }))}
          afterClause={(c) => (
            <Link
              href={`${base}/clauses/${identity.get(c.id)}`}
              className="text-sm whitespace-nowrap print:hidden"
            >
              {t.rich("clauseHistory", { number: c.position, hidden })}
            </Link>
          )}
        />
      </section>
      <section aria-labelledby="changes-title" className="flex flex-col gap-3">
        {previous ? (
          <>
            <h2 id="changes-title" className="text-xl">
              {t("changesTitle", { previous: previous.number })}
            </h2>
            {version.changes.length === 0 ? (
              <p>{t("noChanges", { previous: previous.number })}</p>
            ) : (
              <ChangeList
                changes={version.changes}
                previous={previous.number}
                current={version.number}
              />
            )}
          </>
        ) : (
          <p id="changes-title">{t("firstVersion")}</p>
        )}
      </section>
      {study.versions.length > 2 ? (
        <nav aria-label={tc("label")} className="flex flex-wrap gap-3 print:hidden">
          <span>{tc("label")}:</span>
          {study.versions
            .filter((v) => v.number !== version.number)
            .map((v) => {
              const [from, to] = [v.number, version.number].sort((a, b) => a - b);
              return (
                <Link key={v.number} href={`${base}/compare/${from}/${to}`}>
                  {tc("link", { number: v.number })}
                </Link>
              );
            })}
        </nav>
      ) : null}
      <CiteBlock citation={citation} />
      <nav aria-label={t("pager")} className="flex flex-wrap justify-between gap-4 print:hidden">
        {previous ? (
          <Link href={`${base}/v/${previous.number}`}>
            ← {t("previous", { number: previous.number })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`${base}/v/${next.number}`}>{t("next", { number: next.number })} →</Link>
        ) : null}
      </nav>
      <p className="text-sm print:hidden">
        <a href={`${base}/text.json`}>{ts("json")}</a>
      </p>
    </article>
  );
}
