-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftSavedAt" TIMESTAMP(3);

-- Responses that were submitted and then reopened by a later autosave (state DRAFT with a
-- submission date) dropped out of the results. Their submitted content was overwritten and
-- cannot be recovered, so in rounds still open the latest content counts again when it is a
-- complete answer (an overall position, a reason for every part they cannot live with).
-- Closed rounds keep the record they were summarised and published on.
UPDATE "Response" AS r
SET "state" = 'SUBMITTED'
FROM "Round" AS ro
WHERE ro."id" = r."roundId"
  AND ro."state" <> 'CLOSED'
  AND r."state" = 'DRAFT'
  AND r."submittedAt" IS NOT NULL
  AND r."overallPosition" IS NOT NULL
  AND (r."textPosition" IS DISTINCT FROM 'CANNOT_LIVE_WITH' OR btrim(r."textReason") <> '')
  AND NOT EXISTS (
    SELECT 1 FROM "ClauseResponse" AS c
    WHERE c."responseId" = r."id"
      AND c."position" = 'CANNOT_LIVE_WITH'
      AND btrim(c."reason") = ''
  );
