import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { LocalTime } from "@/components/ui/local-time.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { RoundDashboard } from "@/lib/rounds/get-round-dashboard.ts";

const progressTone = {
  SUBMITTED: "success",
  DRAFT: "info",
  CHANGED: "warning",
  NOT_STARTED: "neutral",
} as const;

export async function RoundProgress({ dashboard }: { dashboard: RoundDashboard }) {
  const t = await getTranslations("rounds");
  const { round, counts, experts } = dashboard;
  return (
    <>
      <Card>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-xl font-semibold">
            {t("roundOfVersion", { number: round.number, version: round.versionNumber })}
          </h2>
          <Badge tone={round.state === "OPEN" ? "success" : "neutral"}>
            {t(`state.${round.state}`)}
          </Badge>
        </div>
        <p className="mt-2">
          {round.state === "OPEN" ? t("closesOn") : t("closedOn")}{" "}
          <LocalTime iso={(round.closedAt ?? round.closesAt).toISOString()} />
        </p>
        <dl className="mt-4 grid grid-cols-3 gap-4 text-center" aria-label={t("countsLabel")}>
          {(["submitted", "draft", "notStarted"] as const).map((k) => (
            <div key={k} className="rounded-md border border-line p-3">
              <dt className="text-sm text-ink-muted">{t(`counts.${k}`)}</dt>
              <dd className="text-2xl font-semibold" data-testid={`count-${k}`}>
                {counts[k]}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <Table caption={t("expertsCaption")}>
        <THead>
          <Tr>
            <Th>{t("columns.expert")}</Th>
            <Th>{t("columns.progress")}</Th>
            <Th>{t("columns.reminders")}</Th>
            <Th>{t("columns.email")}</Th>
          </Tr>
        </THead>
        <TBody>
          {experts.map((e) => (
            <Tr key={e.id} data-testid={`round-expert-${e.email}`}>
              <Th scope="row">
                <span className="block">{e.name}</span>
                <span className="block text-sm font-normal text-ink-muted">{e.email}</span>
              </Th>
              <Td>
                <Badge tone={progressTone[e.progress]}>{t(`progress.${e.progress}`)}</Badge>
                {e.submittedAt ? (
                  <span className="mt-1 block text-sm text-ink-muted">
                    <LocalTime iso={e.submittedAt.toISOString()} />
                  </span>
                ) : null}
              </Td>
              <Td>
                {e.reminders.length ? (
                  <ul className="text-sm">
                    {e.reminders.map((at) => (
                      <li key={at.toISOString()}>
                        <LocalTime iso={at.toISOString()} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  t("none")
                )}
              </Td>
              <Td>
                {e.lastEmail ? (
                  <span className="text-sm">
                    {t(`emailKind.${e.lastEmail.kind}`)} · {t(`emailStatus.${e.lastEmail.status}`)}
                    {e.lastEmail.lastError ? (
                      <span className="block text-danger-ink">{e.lastEmail.lastError}</span>
                    ) : null}
                  </span>
                ) : (
                  t("none")
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
