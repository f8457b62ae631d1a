import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Db } from "@/lib/db.ts";
import { AppError } from "@/lib/errors.ts";
import { canEditRoles, requireFacilitator } from "@/lib/guards.ts";
import { buildDataset, datasetColumns } from "./build-dataset.ts";
import { buildIdentityKey } from "./build-identity-key.ts";
import { neutraliseCell } from "./neutralise-cell.ts";

export const exportFiles = ["dataset.csv", "dataset.json", "identity-key.csv"] as const;
export type ExportFile = (typeof exportFiles)[number];

export type ExportedFile = { filename: string; contentType: string; body: string };

/**
 * A study's data for download. The anonymised dataset (CSV or JSON) for any member of the
 * team; the identity key, which re-identifies it, only for owners and facilitators.
 * `secret` is the server secret the pseudonyms are derived from.
 */
export async function exportStudyData(
  db: Db,
  userId: string,
  studyId: string,
  file: ExportFile,
  secret: string,
): Promise<ExportedFile> {
  const { role } = await requireFacilitator(db, userId, studyId);
  const study = await db.study.findUnique({ where: { id: studyId }, select: { slug: true } });
  if (!study) throw new AppError("NOT_FOUND");
  if (file === "identity-key.csv") {
    if (!canEditRoles.includes(role)) throw new AppError("FORBIDDEN");
    const rows = await buildIdentityKey(db, studyId, secret);
    return {
      filename: `${study.slug}-IDENTITY-KEY-CONFIDENTIAL.csv`,
      contentType: "text/csv; charset=utf-8",
      body: csv(["expert", "name", "email", "organisation"], rows),
    };
  }
  const rows = await buildDataset(db, studyId, secret);
  if (file === "dataset.json") {
    return {
      filename: `${study.slug}-dataset.json`,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({ study: study.slug, rows }, null, 2),
    };
  }
  return {
    filename: `${study.slug}-dataset.csv`,
    contentType: "text/csv; charset=utf-8",
    body: csv(datasetColumns, rows),
  };
}

/** RFC 4180 CSV with a header row; every text cell is neutralised for spreadsheets. */
function csv<T extends object>(columns: (keyof T & string)[], rows: T[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = row[column] as unknown;
      if (value === null || value === undefined) return "";
      return typeof value === "string" ? neutraliseCell(value) : String(value);
    }),
  );
  // A byte-order mark so that spreadsheet programs read the file as UTF-8.
  return "\uFEFF" + stringify([columns, ...records]);
}
