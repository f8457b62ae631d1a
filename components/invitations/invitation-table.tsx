import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import type { InvitationRow } from "@/lib/invitations/list-invitations.ts";
import { ResendForm, RevokeLinkForm } from "./send-invitations-form.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const deliveryTone: Record<string, BadgeTone> = {
  QUEUED: "neutral",
  SENDING: "info",
  SENT: "success",
  FAILED: "danger",
};

const canResend = new Set(["PROPOSED", "INVITED", "ACCEPTED"]);

export async function InvitationTable({
  rows,
  resend,
  revoke,
}: {
  rows: InvitationRow[];
  resend: Action | null;
  revoke: Action | null;
}) {
  const t = await getTranslations("invitations");
  const ts = await getTranslations("studies.panelStatus");
  const format = await getFormatter();
  if (!rows.length) return <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />;
  return (
    <Table caption={t("caption")}>
      <THead>
        <Tr>
          <Th>{t("columns.expert")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.invited")}</Th>
          <Th>{t("columns.delivery")}</Th>
          <Th>{t("columns.link")}</Th>
          {resend ? <Th>{t("columns.actions")}</Th> : null}
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id} data-testid={`invitation-${r.email}`}>
            <Th scope="row">
              <span className="block">{r.name}</span>
              <span className="block text-sm font-normal text-ink-muted">{r.email}</span>
            </Th>
            <Td>
              <Badge
                tone={
                  r.status === "ACCEPTED"
                    ? "success"
                    : r.status === "DECLINED"
                      ? "warning"
                      : "neutral"
                }
              >
                {ts(r.status)}
              </Badge>
            </Td>
            <Td>
              {r.invitedAt
                ? format.dateTime(r.invitedAt, { dateStyle: "medium", timeStyle: "short" })
                : "—"}
            </Td>
            <Td>
              {r.delivery ? (
                <span className="flex flex-col gap-1">
                  <Badge tone={deliveryTone[r.delivery.status] ?? "neutral"}>
                    {t(`delivery.${r.delivery.status}`)}
                  </Badge>
                  {r.delivery.lastError ? (
                    <span className="text-sm text-danger-ink">
                      {t("lastError", {
                        error: r.delivery.lastError,
                        attempts: r.delivery.attempts,
                      })}
                    </span>
                  ) : null}
                </span>
              ) : (
                "—"
              )}
            </Td>
            <Td>{r.hasActiveLink ? t("linkActive") : t("linkNone")}</Td>
            {resend ? (
              <Td>
                <div className="flex flex-col items-start gap-2">
                  {canResend.has(r.status) ? (
                    <ResendForm
                      action={resend}
                      panelMemberId={r.id}
                      name={r.name}
                      linkIssuedAt={r.linkIssuedAt}
                    />
                  ) : null}
                  {revoke && r.hasActiveLink ? (
                    <RevokeLinkForm action={revoke} panelMemberId={r.id} name={r.name} />
                  ) : null}
                </div>
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
