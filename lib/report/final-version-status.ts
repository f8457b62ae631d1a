import type { Disposition } from "@/lib/generated/prisma/enums.ts";
import type { getTranslator } from "@/lib/i18n/translator.ts";
import type { PublicChange, PublicVersion } from "@/lib/publication/get-public-study.ts";
import type { ReportData } from "./internal/load-report-data.ts";
import { bullets, escapeInline } from "./markdown.ts";
import type { ReportItemKey } from "./report-items.ts";

type T = ReturnType<typeof getTranslator<"report.text">>;

const DISPOSITIONS: Disposition[] = ["ACCEPTED", "PARTLY_ACCEPTED", "DECLINED", "OUT_OF_SCOPE"];

/**
 * What the final version is to the panel: the version it rated in the last round, or a
 * version the facilitators adopted after that round, with the parts the panel never saw
 * (new or reworded clauses, a changed explanatory text). Null before any round closed.
 */
export type FinalVersionStatus =
  | { kind: "rated"; version: number; round: number }
  | {
      kind: "adopted";
      rated: number;
      round: number;
      final: number;
      changes: (PublicChange & { version: number })[];
      unseen: { added: number[]; reworded: number[]; text: boolean };
    };

export function finalVersionStatus(history: ReportData["history"]): FinalVersionStatus | null {
  const round = history.rounds.at(-1);
  const final = history.versions.at(-1);
  if (!round || !final) return null;
  if (final.number === round.versionNumber)
    return { kind: "rated", version: final.number, round: round.number };
  const rated = history.versions.find((v) => v.number === round.versionNumber);
  return {
    kind: "adopted",
    rated: round.versionNumber,
    round: round.number,
    final: final.number,
    changes: history.versions
      .filter((v) => v.number > round.versionNumber)
      .flatMap((v) =>
        v.changes.filter((c) => c.kind !== "UNCHANGED").map((c) => ({ ...c, version: v.number })),
      ),
    unseen: unseenParts(rated, final),
  };
}

/** Parts of `final` whose wording the panel never rated: compared by clause identity. */
function unseenParts(rated: PublicVersion | undefined, final: PublicVersion) {
  const before = new Map((rated?.clauses ?? []).map((c) => [c.clauseId, c.text]));
  return {
    added: final.clauses.filter((c) => !before.has(c.clauseId)).map((c) => c.number),
    reworded: final.clauses
      .filter((c) => before.has(c.clauseId) && before.get(c.clauseId) !== c.text)
      .map((c) => c.number),
    text: (rated?.explanatoryText ?? "").trim() !== final.explanatoryText.trim(),
  };
}

/**
 * The sentences that state the final version's status, put before the final text and
 * before the last round's consensus verdicts, so the report never lets a verdict on the
 * rated version read as one on parts the panel did not see.
 */
export function composeFinalStatus(
  data: ReportData,
  t: T,
): Partial<Record<Extract<ReportItemKey, "final" | "contested">, string>> {
  const status = finalVersionStatus(data.history);
  if (!status) return {};
  if (status.kind === "rated") {
    const line = t("finalStatus.rated", status);
    return { final: line, contested: t("finalStatus.scopeRated", status) };
  }
  const unseen = unseenList(status.unseen, t);
  const { rated, round, final } = status;
  const scope = t("finalStatus.scopeAdopted", { rated, round, final, unseen: unseen || "none" });
  return {
    final: [
      t("finalStatus.adopted", { rated, round, final, count: status.changes.length }),
      status.changes.length ? bullets(status.changes.map((c) => changeLine(c, status, t))) : "",
      scope,
    ]
      .filter(Boolean)
      .join("\n\n"),
    contested: scope,
  };
}

function changeLine(
  change: PublicChange & { version: number },
  status: Extract<FinalVersionStatus, { kind: "adopted" }>,
  t: T,
): string {
  const items = DISPOSITIONS.filter((d) => change.answered[d]).map((d) =>
    t(`finalStatus.disposition.${d}`, { count: change.answered[d] ?? 0 }),
  );
  return [
    status.final - status.rated > 1 ? t("finalStatus.inVersion", { version: change.version }) : "",
    t("changeLine", {
      heading: change.heading,
      changeClass: t(`changeClass.${change.changeClass ?? "none"}`),
      justification: change.justification
        ? escapeInline(change.justification)
        : t("noJustification"),
    }),
    items.length
      ? t("finalStatus.answered", { list: items.join(", ") })
      : t("finalStatus.noFeedback"),
  ]
    .filter(Boolean)
    .join(" ");
}

function unseenList(unseen: { added: number[]; reworded: number[]; text: boolean }, t: T) {
  const list = (numbers: number[]) =>
    new Intl.ListFormat("en", { type: "conjunction" }).format(numbers.map(String));
  return [
    unseen.text ? t("finalStatus.unseenText") : "",
    unseen.reworded.length
      ? t("finalStatus.unseenReworded", {
          count: unseen.reworded.length,
          list: list(unseen.reworded),
        })
      : "",
    unseen.added.length
      ? t("finalStatus.unseenAdded", { count: unseen.added.length, list: list(unseen.added) })
      : "",
  ]
    .filter(Boolean)
    .join("; ");
}
