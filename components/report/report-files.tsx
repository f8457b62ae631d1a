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
  canEdit,
  action,
}: {
  studyId: string;
  files: ReportExportView[];
  /** Owners and facilitators make files; observers download what there is. */
  canEdit: boolean;
  action: FormAction;
}) {
  const t = useTranslations("reportPage");
  return (
    <section aria-labelledby="report-files-title" className="flex flex-col gap-3 print:hidden">
      <h3 id="report-files-title" className="text-lg">
        {t("filesTitle")}
      </h3>
      <p className="max-w-prose text-sm text-ink-muted">
        {t(canEdit ? "filesIntro" : "filesIntroObserver")}
      </p>
      <ul className="flex flex-col gap-4">
        {formats.map((format) => {
          const file = files.find((f) => f.format === format);
          return (
            <li key={format} className="flex flex-col gap-2 rounded-lg border border-line p-4">
              {file ? (
                // Keyed by id: a new request starts a fresh follower.
                <FileItem
                  key={file.id}
                  studyId={studyId}
                  initial={file}
                  request={canEdit ? action : null}
                />
              ) : (
                <>
                  <p className="text-sm text-ink-muted">
                    {t(`format.${format}`)}: {t("notYet")}
                  </p>
                  {canEdit ? (
                    <RequestForm format={format} again={false} busy={false} action={action} />
                  ) : null}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** One file: its state, followed until it is made, and the button that asks for a new one. */
function FileItem(props: {
  studyId: string;
  initial: ReportExportView;
  /** The request action, for those who may make files. */
  request: FormAction | null;
}) {
  const file = useFollowedFile(props.studyId, props.initial);
  return (
    <>
      <FileStatus studyId={props.studyId} file={file} />
      {props.request ? (
        <RequestForm
          format={file.format}
          // "Again" once a file was made (or failed); while one is being made, no second.
          again={file.state !== "QUEUED" && file.state !== "RUNNING"}
          busy={file.state === "QUEUED" || file.state === "RUNNING"}
          action={props.request}
        />
      ) : null}
    </>
  );
}

function RequestForm(props: {
  format: ReportFileFormat;
  again: boolean;
  /** A file of this format is being made: the button waits for it. */
  busy: boolean;
  action: FormAction;
}) {
  const t = useTranslations("reportPage");
  const [state, formAction] = useActionState(props.action, idleState);
  const format = t(`format.${props.format}`);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormErrors state={state} fieldIds={{}} />
      <input type="hidden" name="format" value={props.format} />
      <div>
        <SubmitButton
          size="sm"
          variant="secondary"
          pendingLabel={t("requesting")}
          {...(props.busy ? { disabled: true } : {})}
        >
          {t(props.again ? "generateAgain" : "generate", { format })}
        </SubmitButton>
      </div>
    </form>
  );
}

function FileStatus({ studyId, file }: { studyId: string; file: Followed }) {
  const t = useTranslations("reportPage");
  const tc = useTranslations("common.alert");
  const format = t(`format.${file.format}`);
  // One live region that stays mounted and changes only with the state (not with every
  // percent), so a screen reader hears "generating", then "ready" or "failed", once each.
  const announcement =
    file.state === "GONE"
      ? t("replaced", { format })
      : file.state === "DONE"
        ? t("announceReady", { format })
        : file.state === "FAILED"
          ? t("failed", { format })
          : t("announcePending", { format });
  return (
    <>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {file.state === "GONE" ? (
        <p className="text-sm">{announcement}</p>
      ) : file.state === "FAILED" ? (
        <Alert tone="error" label={tc("error")} role="none">
          {announcement}
        </Alert>
      ) : file.state === "DONE" ? (
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
      ) : (
        <div className="flex flex-col gap-1">
          <span className="text-sm" aria-hidden>
            {file.state === "QUEUED"
              ? t("queued", { format })
              : t("running", { format, progress: file.progress })}
          </span>
          <progress
            className="h-2 w-full max-w-md"
            max={100}
            value={file.progress}
            aria-label={t("progressLabel", { format })}
            aria-valuetext={`${file.progress}%`}
          />
        </div>
      )}
    </>
  );
}

type Followed = Omit<ReportExportView, "state"> & { state: ReportExportView["state"] | "GONE" };

/**
 * The file's state, asked of the server until it is done or failed. One request at a time
 * (a timeout chain, not an interval), so answers cannot overtake each other; a refusal
 * (the file replaced, the session or the access gone) ends the following.
 */
function useFollowedFile(studyId: string, initial: ReportExportView): Followed {
  const [file, setFile] = useState<Followed>(initial);
  const following = file.state !== "GONE" && isPending({ state: file.state });
  useEffect(() => {
    if (!following) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async (delay: number) => {
      const response = await fetch(`/studies/${studyId}/report/exports/${initial.id}`, {
        cache: "no-store",
      }).catch(() => null);
      if (stopped) return;
      if (response?.ok) {
        const next = (await response.json()) as ReportExportView;
        if (stopped) return;
        setFile(next);
        if (isPending(next)) timer = setTimeout(() => void poll(POLL_MS), POLL_MS);
      } else if (response && response.status >= 400 && response.status < 500) {
        setFile((current) => ({ ...current, state: "GONE" }));
      } else {
        // The network or the server failed this once: try again, less often.
        const later = Math.min(delay * 2, 10_000);
        timer = setTimeout(() => void poll(later), later);
      }
    };
    timer = setTimeout(() => void poll(POLL_MS), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [following, studyId, initial.id]);
  return file;
}
