import { useTranslations } from "next-intl";
import { useMessage } from "@/components/forms/use-message.ts";
import type { useResponseAutosave } from "./use-response-autosave.ts";

/** The autosave state in words, announced politely (colour is never the only signal). */
export function AutosaveStatusLine({
  autosave,
}: {
  autosave: ReturnType<typeof useResponseAutosave>;
}) {
  const t = useTranslations("response.autosave");
  const message = useMessage();
  const { status, savedAt, failure } = autosave;
  const text =
    status === "saved" && savedAt
      ? t("savedAt", { time: savedAt.toLocaleTimeString([], { timeStyle: "short" }) })
      : status === "failed"
        ? t("failed", { message: message(failure ?? undefined) ?? "" })
        : t(status);
  return (
    <p
      role="status"
      aria-live="polite"
      className={
        status === "offline" || status === "busy" || status === "failed"
          ? "text-sm text-danger-ink"
          : "text-sm text-ink-muted"
      }
    >
      {text}
    </p>
  );
}
