import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { TextEditor } from "@/components/text/text-editor.tsx";
import { TextHeader } from "@/components/text/text-header.tsx";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { JustificationStatus } from "@/components/justifications/justification-status.tsx";
import { VersionDiffView } from "@/components/versions/version-diff-view.tsx";
import { getJustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { missingJustifications } from "@/lib/justifications/version-changes.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import { listRestorableClauses } from "@/lib/versions/list-restorable-clauses.ts";
import {
  addClauseAction,
  moveClauseAction,
  mergeClausesAction,
  removeClauseAction,
  restoreClauseAction,
  splitClauseAction,
  startNextVersionAction,
  updateClauseAction,
  updateExplanatoryTextAction,
} from "./actions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("text"))("metaTitle"));
}

export default async function TextPage(props: {
  params: Promise<{ studyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { studyId } = await props.params;
  const step = clauseStep(await props.searchParams);
  const { db, access } = await loadStudyPage(studyId, "/text");
  const version = await getVersionForEditing(db, access);
  // From version 2 on: the changes from the version before, and what they still owe.
  const workspace = await getJustificationWorkspace(db, access);
  const diff = workspace?.diff;
  const missing = workspace ? missingJustifications(workspace).length : 0;
  // Version 1 has nothing earlier to restore from.
  const restorable =
    version.canEdit && version.number > 1 ? await listRestorableClauses(db, access, version) : [];
  const actions = {
    updateExplanatoryText: updateExplanatoryTextAction.bind(null, studyId),
    addClause: addClauseAction.bind(null, studyId),
    updateClause: updateClauseAction.bind(null, studyId),
    moveClause: moveClauseAction.bind(null, studyId),
    removeClause: removeClauseAction.bind(null, studyId),
    splitClause: splitClauseAction.bind(null, studyId),
    mergeClauses: mergeClausesAction.bind(null, studyId),
    restoreClause: restoreClauseAction.bind(null, studyId),
    startNextVersion: startNextVersionAction.bind(null, studyId),
  };
  return (
    <div className="flex flex-col gap-6">
      <TextHeader
        studyId={studyId}
        number={version.number}
        status={version.status}
        current="editor"
      />
      {diff && version.status === "DRAFT" ? (
        <JustificationStatus studyId={studyId} number={version.number} missing={missing} />
      ) : null}
      <TextEditor version={version} step={step} actions={actions} restorable={restorable} />
      {diff ? <VersionDiffView diff={diff} /> : null}
    </div>
  );
}

/** The first of ?remove=, ?split=, ?merge= that names a clause. */
function clauseStep(params: Record<string, string | string[] | undefined>) {
  for (const kind of ["remove", "split", "merge"] as const) {
    const clauseId = params[kind];
    if (typeof clauseId === "string") return { kind, clauseId };
  }
  return undefined;
}
