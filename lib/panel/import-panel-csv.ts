import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { lockPanel } from "./internal/lock-panel.ts";
import { parsePanelCsv, type PanelImportError } from "./parse-panel-csv.ts";

export type ImportPanelCsvResult =
  | { status: "imported"; count: number }
  | { status: "invalid"; errors: PanelImportError[]; rowCount: number };

/**
 * Imports experts from CSV text: every row is checked first (format, duplicates in the file
 * and on the panel, the panel cap) and either all rows are added, as PROPOSED, or none.
 */
export async function importPanelCsv(
  db: PrismaClient,
  access: StudyAccess,
  csv: string,
): Promise<ImportPanelCsvResult> {
  authorize(access, "panel.manage");
  const { studyId, userId } = access;
  return db.$transaction(async (tx) => {
    // Checked under the panel lock, so the cap and the duplicates cannot change before the insert.
    const places = await lockPanel(tx, studyId);
    const parsed = parsePanelCsv(csv);
    const errors = [...parsed.errors];

    const onPanel = new Set(
      (
        await tx.panelMember.findMany({
          where: { studyId, email: { in: parsed.rows.map((r) => r.member.email) } },
          select: { email: true },
        })
      ).map((m) => m.email),
    );
    const candidates = parsed.rows.filter(({ row, member }) => {
      if (!onPanel.has(member.email)) return true;
      errors.push({
        row,
        column: "email",
        message: { key: "panel.import.errors.alreadyOnPanel" },
      });
      return false;
    });
    // The rows that fit are the first ones; every row past the free places is reported.
    for (const { row } of candidates.slice(places.free)) {
      errors.push({
        row,
        column: null,
        message: {
          key: "panel.import.errors.overCap",
          values: { cap: places.cap, free: places.free },
        },
      });
    }

    if (errors.length) {
      return { status: "invalid", errors: sortByRow(errors), rowCount: parsed.rowCount };
    }
    await tx.panelMember.createMany({
      data: candidates.map(({ member }) => ({ studyId, ...member })),
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "panel.imported",
      data: { count: candidates.length },
    });
    return { status: "imported", count: candidates.length };
  });
}

function sortByRow(errors: PanelImportError[]): PanelImportError[] {
  return errors.toSorted((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
