-- CreateEnum
CREATE TYPE "ConsensusRuleKind" AS ENUM ('SHARE', 'NO_OBJECTION');

-- AlterEnum
ALTER TYPE "ChangeKind" ADD VALUE 'RESTORED';

-- DropForeignKey
ALTER TABLE "JustificationFeedback" DROP CONSTRAINT "JustificationFeedback_clauseResponseId_fkey";

-- DropIndex
DROP INDEX "JustificationFeedback_clauseResponseId_idx";

-- AlterTable: a cited feedback item is now (response, part), so that feedback on the
-- explanatory text, the whole text and general comments can be cited as well as clauses.
-- Existing links are clause items: carry them over before the old column goes.
ALTER TABLE "JustificationFeedback" ADD COLUMN "part" TEXT, ADD COLUMN "responseId" TEXT;
UPDATE "JustificationFeedback" jf
   SET "responseId" = cr."responseId", "part" = cr."clauseVersionId"
  FROM "ClauseResponse" cr
 WHERE cr."id" = jf."clauseResponseId";
ALTER TABLE "JustificationFeedback" DROP CONSTRAINT "JustificationFeedback_pkey",
DROP COLUMN "clauseResponseId",
ALTER COLUMN "part" SET NOT NULL,
ALTER COLUMN "responseId" SET NOT NULL,
ADD CONSTRAINT "JustificationFeedback_pkey" PRIMARY KEY ("justificationId", "responseId", "part");

-- AlterTable
ALTER TABLE "Study" ADD COLUMN     "partsRule" "ConsensusRuleKind" NOT NULL DEFAULT 'SHARE',
ADD COLUMN     "plannedRoundDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "wholeRule" "ConsensusRuleKind" NOT NULL DEFAULT 'SHARE',
ADD COLUMN     "wholeThreshold" INTEGER NOT NULL DEFAULT 75;

-- Until now one threshold applied to the parts and to the whole text alike.
UPDATE "Study" SET "wholeThreshold" = "consensusThreshold";

-- CreateIndex
CREATE INDEX "JustificationFeedback_responseId_idx" ON "JustificationFeedback"("responseId");

-- AddForeignKey
ALTER TABLE "JustificationFeedback" ADD CONSTRAINT "JustificationFeedback_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
