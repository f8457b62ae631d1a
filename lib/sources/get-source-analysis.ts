import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { StudyAccess } from "@/lib/guards.ts";

export type SourceRow = {
  id: string;
  text: string;
  citation: string;
  jurisdiction: string;
  sector: string;
  characteristics: string[];
};

export type FrequencyRow = { id: string; name: string; sources: number; share: number };

export type MappingRow = {
  id: string;
  name: string;
  /** Where it appears: "text" for the explanatory text, else clause numbers. */
  inText: boolean;
  clauses: number[];
  clauseVersionIds: string[];
};

export type SourceAnalysis = {
  canEdit: boolean;
  sources: SourceRow[];
  /** Most to least mentioned; ties by name. */
  frequency: FrequencyRow[];
  versions: { id: string; number: number }[];
  mapping: {
    version: {
      id: string;
      number: number;
      clauses: { id: string; number: number; text: string }[];
    };
    rows: MappingRow[];
  } | null;
};

/**
 * The source definitions behind version 1, how often each characteristic is mentioned,
 * and where each appears in the chosen version (the latest by default). Facilitators only.
 */
export async function getSourceAnalysis(
  db: Db,
  access: StudyAccess,
  versionNumber?: number,
): Promise<SourceAnalysis> {
  const { studyId, role } = access;
  const [sources, characteristics, versions] = await Promise.all([
    db.sourceDefinition.findMany({
      where: { studyId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        text: true,
        citation: true,
        jurisdiction: true,
        sector: true,
        characteristics: { select: { characteristic: { select: { name: true } } } },
      },
    }),
    db.characteristic.findMany({
      where: { studyId },
      select: { id: true, name: true, _count: { select: { sources: true } } },
    }),
    db.version.findMany({
      where: { studyId },
      orderBy: { number: "asc" },
      select: { id: true, number: true },
    }),
  ]);
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  const frequency = characteristics
    .map((c) => ({
      id: c.id,
      name: c.name,
      sources: c._count.sources,
      share: sources.length ? c._count.sources / sources.length : 0,
    }))
    .sort((a, b) => b.sources - a.sources || collator.compare(a.name, b.name));
  const chosen = versions.find((v) => v.number === versionNumber) ?? versions[versions.length - 1];
  return {
    canEdit: can(role, "study.edit"),
    sources: sources.map((s) => ({
      ...s,
      characteristics: s.characteristics.map((c) => c.characteristic.name).sort(collator.compare),
    })),
    frequency,
    versions,
    mapping: chosen ? await loadMapping(db, chosen.id, frequency) : null,
  };
}

async function loadMapping(db: Db, versionId: string, frequency: FrequencyRow[]) {
  const version = await db.version.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      clauses: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
      mappings: { select: { characteristicId: true, clauseVersionId: true } },
    },
  });
  const numberOf = new Map(version.clauses.map((c) => [c.id, c.position]));
  const rows = frequency.map((f): MappingRow => {
    const places = version.mappings.filter((m) => m.characteristicId === f.id);
    const clauseVersionIds = places.flatMap((m) => (m.clauseVersionId ? [m.clauseVersionId] : []));
    return {
      id: f.id,
      name: f.name,
      inText: places.some((m) => m.clauseVersionId === null),
      clauseVersionIds,
      clauses: clauseVersionIds.map((id) => numberOf.get(id)!).sort((a, b) => a - b),
    };
  });
  return {
    version: {
      id: version.id,
      number: version.number,
      clauses: version.clauses.map((c) => ({ id: c.id, number: c.position, text: c.text })),
    },
    rows,
  };
}
