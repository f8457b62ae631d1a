import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { buildDataset, datasetColumns } from "./internal/build-dataset.ts";
import { buildIdentityKey } from "./internal/build-identity-key.ts";
import { toCsv } from "./to-csv.ts";

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
  access: StudyAccess,
  file: ExportFile,
  secret: string,
): Promise<ExportedFile> {
  if (file === "identity-key.csv") authorize(access, "identity.download");
  const { studyId } = access;
  const study = await db.study.findUnique({ where: { id: studyId }, select: { slug: true } });
  if (!study) throw new AppError("NOT_FOUND");
  if (file === "identity-key.csv") {
    const rows = await buildIdentityKey(db, studyId, secret);
    return {
      filename: `${study.slug}-IDENTITY-KEY-CONFIDENTIAL.csv`,
      contentType: "text/csv; charset=utf-8",
      body: toCsv(["expert", "name", "email", "organisation"], rows),
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
    body: toCsv(datasetColumns, rows),
  };
}
