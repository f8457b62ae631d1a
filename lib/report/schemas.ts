import { z } from "zod";
import { writableItems } from "./report-items.ts";

export const REPORT_SECTION_MAX = 20_000;

export const saveReportSectionSchema = z.strictObject({
  key: z.enum(writableItems),
  body: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(REPORT_SECTION_MAX)),
});

export type SaveReportSectionInput = z.infer<typeof saveReportSectionSchema>;

export const reportFormats = ["PDF", "DOCX"] as const;

export const requestReportExportSchema = z.strictObject({
  format: z.enum(reportFormats),
});

export type RequestReportExportInput = z.infer<typeof requestReportExportSchema>;
