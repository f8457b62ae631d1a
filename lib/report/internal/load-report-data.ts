import "server-only";
import {
  computeParticipationFunnel,
  type ParticipationFunnel,
} from "@/lib/consensus/internal/compute-participation-funnel.ts";
import type { Db } from "@/lib/db/app-db.ts";
import type { PublicStudy } from "@/lib/publication/get-public-study.ts";
import { loadStudyHistory } from "@/lib/publication/internal/load-study-history.ts";
import { suppressSmall, type CountRow } from "../suppress-small.ts";
import { loadMethodsData, type MethodsData } from "./load-methods-data.ts";

export type ReportData = {
  study: {
    title: string;
    purpose: string;
    ratingScaleMax: number | null;
    ratingMedianMin: number | null;
    ratingIqrMax: number | null;
    plannedRounds: number;
    anonymityStatement: string;
    protocolLockedAt: Date | null;
    publishedAt: Date | null;
  };
  deviations: { field: string; reason: string; date: Date }[];
  panel: { byStatus: Record<string, number>; conflictsDeclared: number };
  /** Of the experts who took part; groups under SMALL_GROUP merged into one (label null). */
  composition: { region: CountRow[]; sector: CountRow[] };
  funnel: ParticipationFunnel;
  /** The study's history as the public sees it, with the consensus rule (`history.rule`). */
  history: PublicStudy;
  written: Record<string, string>;
  /** The protocol's reporting details, the feedback work and the public files (ACCORD). */
  methods: MethodsData;
};

/** Everything the report is generated from, in a handful of queries. No authorization. */
export async function loadReportData(db: Db, studyId: string): Promise<ReportData> {
  const tookPart = { studyId, responses: { some: { state: "SUBMITTED" as const } } };
  const [study, deviations, statuses, conflicts, regions, sectors, funnel, sections] =
    await Promise.all([
      db.study.findUniqueOrThrow({
        where: { id: studyId },
        select: {
          title: true,
          purpose: true,
          ratingScaleMax: true,
          ratingMedianMin: true,
          ratingIqrMax: true,
          plannedRounds: true,
          anonymityStatement: true,
          protocolLockedAt: true,
          publishedAt: true,
        },
      }),
      db.protocolDeviation.findMany({
        where: { studyId },
        orderBy: { createdAt: "asc" },
        select: { field: true, reason: true, createdAt: true },
      }),
      db.panelMember.groupBy({ by: ["status"], where: { studyId }, _count: { _all: true } }),
      db.panelMember.count({ where: { ...tookPart, conflictOfInterest: { not: null } } }),
      db.panelMember.groupBy({ by: ["region"], where: tookPart, _count: { _all: true } }),
      db.panelMember.groupBy({ by: ["sector"], where: tookPart, _count: { _all: true } }),
      computeParticipationFunnel(db, studyId),
      db.reportSection.findMany({ where: { studyId }, select: { key: true, body: true } }),
    ]);
  return {
    study: {
      ...study,
      ratingMedianMin: study.ratingMedianMin === null ? null : Number(study.ratingMedianMin),
      ratingIqrMax: study.ratingIqrMax === null ? null : Number(study.ratingIqrMax),
    },
    deviations: deviations.map((d) => ({ field: d.field, reason: d.reason, date: d.createdAt })),
    panel: {
      byStatus: Object.fromEntries(statuses.map((s) => [s.status, s._count._all])),
      conflictsDeclared: conflicts,
    },
    composition: {
      region: suppressSmall(
        regions.map((g) => ({ label: g.region || null, count: g._count._all })),
      ),
      sector: suppressSmall(
        sectors.map((g) => ({ label: g.sector || null, count: g._count._all })),
      ),
    },
    funnel,
    history: await loadStudyHistory(db, studyId, study.publishedAt ?? new Date()),
    written: Object.fromEntries(sections.map((s) => [s.key, s.body])),
    methods: await loadMethodsData(db, studyId),
  };
}
