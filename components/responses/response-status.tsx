import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import type { ResponseSnapshot } from "@/lib/responses/get-response-snapshot.ts";
import { LocalTime } from "@/components/ui/local-time.tsx";

/**
 * Where the expert's answers stand: not started, draft, submitted (when), or changed since
 * the submission (that submission still counts until they submit again). Takes focus after a save or submit so the outcome is announced.
 */
export function ResponseStatus({
  ref,
  response: r,
  saved,
  closesAt,
}: {
  ref: Ref<HTMLDivElement>;
  response: ResponseSnapshot | null;
  saved?: "draft" | "submitted";
  /** The round's deadline, told with what happens next after a submission. */
  closesAt: string;
}) {
  const t = useTranslations("response");
  const tc = useTranslations("common");
  const date = () => <LocalTime iso={r!.submittedAt!} />;
  const submitted = r?.state === "SUBMITTED";
  const body = !r
    ? t("status.none")
    : submitted
      ? t.rich("status.submitted", { date })
      : r.submittedAt
        ? t.rich("status.changedSinceSubmit", { date })
        : t("status.draft");
  return (
    <div ref={ref} tabIndex={-1} className="flex flex-col gap-3 outline-none">
      {saved ? (
        <Alert tone="success" label={tc("alert.success")} title={t(`saved.${saved}`)}>
          {saved === "submitted"
            ? t.rich("saved.nextSteps", { date: () => <LocalTime iso={closesAt} /> })
            : null}
        </Alert>
      ) : null}
      <Alert
        tone={submitted ? "success" : r?.submittedAt ? "warning" : "info"}
        label={t(
          submitted
            ? "status.submittedTitle"
            : r?.submittedAt
              ? "status.changedTitle"
              : "status.draftTitle",
        )}
        role="none"
      >
        {body}
      </Alert>
    </div>
  );
}
