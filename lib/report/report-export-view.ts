// What the report page knows of a generated file: plain data, safe for client components.

export type ReportFileFormat = "PDF" | "DOCX";
export type ReportFileState = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

export type ReportExportView = {
  id: string;
  format: ReportFileFormat;
  state: ReportFileState;
  /** 0–100. */
  progress: number;
  /** Bytes, once done. */
  size: number | null;
  createdAt: string;
  finishedAt: string | null;
};

export const isPending = (file: Pick<ReportExportView, "state">) =>
  file.state === "QUEUED" || file.state === "RUNNING";
