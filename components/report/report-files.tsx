"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import type { FormAction } from "@/components/text/types.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { LocalTime } from "@/components/ui/local-time.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import {
  isPending,
  type ReportExportView,
  type ReportFileFormat,
} from "@/lib/report/report-export-view.ts";

const formats: ReportFileFormat[] = ["PDF", "DOCX"];
const POLL_MS = 700;

/** The PDF and Word files of the report: ask for one, follow its progress, download it. */
export function ReportFiles({
  studyId,
  files,
  action,
}: {
  studyId: string;
  files: ReportExportView[];
  action: FormAction;
}) {
  const t = useTranslations("reportPage");
  return (
    <section aria-labelledby="report-files-title" className="flex flex-col gap-3 print:hidden">
      <h3 id="report-files-title" className="text-lg">
        {t("filesTitle")}
      </h3>
      <p className="max-w-prose text-sm text-ink-muted">{t("filesIntro")}</p>
      <ul className="flex flex-col gap-4">
        {formats.map((format) => {
          const file = files.find((f) => f.format === format);
          return (
            <li key={format} className="flex flex-col gap-2 rounded-lg border border-line p-4">
              {file ? (
                // Keyed by id: a new request starts a fresh follower.
                <FileStatus key={file.id} studyId={studyId} initial={file} />
              ) : (
                <p className="text-sm text-ink-muted">
                  {t("format." + format)}: {t("notYet")}
                </p>
              )}
              <RequestForm
                studyId={studyId}
                format={format}
                again={Boolean(file)}
                action={action}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function RequestForm(props: {
  studyId: string;
  format: ReportFileFormat;
  again: boolean;
  action: FormAction;
}) {
  const t = useTranslations("reportPage");
  const [state, formAction] = useActionState(props.action, idleState);
  const format = t("format." + props.format);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormErrors state={state} fieldIds={{}} />
      <input type="hidden" name="studyId" value={props.studyId} />
      <input type="hidden" name="format" value={props.format} />
      <div>
        <SubmitButton size="sm" variant="secondary" pendingLabel={t("requesting")}>
          {t(props.again ? "generateAgain" : "generate", { format })}
        </SubmitButton>
      </div>
    </form>
  );
}

function FileStatus({ studyId, initial }: { studyId: string; initial: ReportExportView }) {
  const t = useTranslations("reportPage");
  const tc = useTranslations("common.alert");
  const [file, setFile] = useState(initial);
  const pending = isPending(file);
  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/studies/${studyId}/report/exports/${file.id}`, {
        cache: "no-store",
      }).catch(() => null);
      // A failed poll is retried on the next tick; the server keeps the file's state.
      if (!stopped && response?.ok) setFile((await response.json()) as ReportExportView);
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [pending, studyId, file.id]);

  const format = t("format." + file.format);
  if (pending) {
    return (
      <div className="flex flex-col gap-1" role="status">
        <span className="text-sm">
          {file.state === "QUEUED"
            ? t("queued", { format })
            : t("running", { format, progress: file.progress })}
        </span>
        <progress
          className="h-2 w-full max-w-md"
          max={100}
          value={file.progress}
          aria-label={t("progressLabel", { format })}
        />
      </div>
    );
  }
  if (file.state === "FAILED") {
    return (
      <Alert tone="error" label={tc("error")}>
        {t("failed", { format })}
      </Alert>
    );
  }
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
      <a href={`/studies/${studyId}/report/exports/${file.id}/file`} download>
        {t("ready", { format, size: t("sizeKb", { kb: Math.ceil((file.size ?? 0) / 1024) }) })}
      </a>
      {file.finishedAt ? (
        <span className="text-ink-muted">
          {t("readyAt")} <LocalTime iso={file.finishedAt} />
        </span>
      ) : null}
    </p>
  );
}
