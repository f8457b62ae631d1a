import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Input } from "@/components/ui/input.tsx";
import type { LocalMail } from "@/lib/email/list-local-mail.ts";
import { LinkifiedText } from "./linkified-text.tsx";

export type LocalMailItem = {
  id: string;
  to: string;
  subject: string;
  text: string | null;
  status: LocalMail["status"];
  lastError: string | null;
  createdAt: Date;
};

export async function LocalMailList({
  messages,
  filter,
}: {
  messages: LocalMailItem[];
  filter: string;
}) {
  const t = await getTranslations("devMail");
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-4">
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex flex-col gap-1 font-medium">
          {t("filterLabel")}
          <Input name="to" type="email" defaultValue={filter} className="min-w-72" />
        </label>
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
      </form>
      {messages.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <ol className="flex flex-col gap-4" aria-label={t("listLabel")}>
          {messages.map((m) => (
            <li key={m.id}>
              <Card as="article">
                <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-semibold">{m.subject}</h2>
                  <Badge
                    tone={
                      m.status === "SENT" ? "success" : m.status === "FAILED" ? "danger" : "neutral"
                    }
                  >
                    {t(`status.${m.status}`)}
                  </Badge>
                </header>
                <p className="mb-3 text-sm text-ink-muted">
                  {t("meta", {
                    to: m.to,
                    when: format.dateTime(m.createdAt, {
                      dateStyle: "medium",
                      timeStyle: "medium",
                    }),
                  })}
                </p>
                {m.text === null ? (
                  <p className="italic text-ink-muted">{t("unreadable")}</p>
                ) : (
                  <LinkifiedText text={m.text} />
                )}
                {m.status === "FAILED" && m.lastError ? (
                  <p className="mt-3 text-sm text-danger-ink">
                    {t("failedBecause", { reason: m.lastError })}
                  </p>
                ) : null}
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
