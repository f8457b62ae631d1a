import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import type { NominationItem } from "@/lib/nominations/list-nominations.ts";
import { DecideNominationForm } from "./decide-nomination-form.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Peer nominations waiting for a decision (facilitators only; the nominee is never told who). */
export async function NominationList({
  nominations,
  decide,
}: {
  nominations: NominationItem[];
  decide: Action | null;
}) {
  const t = await getTranslations("panel.nominations");
  const format = await getFormatter();
  return (
    <Card as="section" className="flex flex-col gap-4">
      <div>
        <CardTitle>{t("title")}</CardTitle>
        <p className="text-ink-muted">{t("description")}</p>
      </div>
      {nominations.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {nominations.map((n) => (
            <li
              key={n.id}
              className="flex flex-col gap-2 border-t border-line pt-4 sm:flex-row sm:items-start sm:justify-between"
            >
              <div>
                <p className="font-semibold">
                  {n.name} <span className="font-normal text-ink-muted">· {n.email}</span>
                </p>
                {n.reason ? <p>{n.reason}</p> : null}
                <p className="text-sm text-ink-muted">
                  {t("by", {
                    name: n.nominator.name,
                    date: format.dateTime(n.createdAt, { dateStyle: "medium" }),
                  })}
                </p>
              </div>
              {decide ? (
                <DecideNominationForm action={decide} nominationId={n.id} name={n.name} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
