import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/rounds/auto-refresh.tsx";
import type { DeliveryProgress as Progress } from "@/lib/email/get-delivery-progress.ts";

/**
 * "412 of 1,000 emails sent" while a mailing is under way; the page refreshes itself
 * every few seconds until everything is sent (without JavaScript, reloading shows it).
 */
export async function DeliveryProgress({ progress }: { progress: Progress | null }) {
  if (!progress) return null;
  const t = await getTranslations("invitations.progress");
  return (
    <div className="flex flex-col gap-1" data-testid="delivery-progress">
      <AutoRefresh seconds={3} />
      <p role="status" className="text-sm font-medium">
        {t("sent", { sent: progress.sent, total: progress.total })}
        {progress.failed ? ` ${t("failed", { failed: progress.failed })}` : null}
      </p>
      <progress
        className="h-2 w-full max-w-md"
        max={progress.total}
        value={progress.sent + progress.failed}
        aria-label={t("label")}
      />
    </div>
  );
}
