import { getTranslations } from "next-intl/server";
import type { Acknowledgements as AcknowledgementList } from "@/lib/publication/internal/list-acknowledgements.ts";

/** The experts who agreed to be named, and only a count of the others. */
export async function Acknowledgements({
  acknowledgements,
}: {
  acknowledgements: AcknowledgementList;
}) {
  const t = await getTranslations("public.study");
  const { named, further } = acknowledgements;
  return (
    <section aria-labelledby="ack-title" className="flex flex-col gap-3">
      <h2 id="ack-title" className="text-xl">
        {t("ackTitle")}
      </h2>
      {named.length === 0 ? (
        <p>{t("ackNone", { count: further })}</p>
      ) : (
        <>
          <p>{t("ackIntro")}</p>
          <ul className="flex flex-col gap-1" data-testid="acknowledged">
            {named.map((person, i) => (
              <li key={i}>
                {person.name}
                {person.affiliation ? (
                  <span className="text-ink-muted">, {person.affiliation}</span>
                ) : null}
              </li>
            ))}
          </ul>
          {further > 0 ? <p>{t("ackFurther", { count: further })}</p> : null}
        </>
      )}
    </section>
  );
}
