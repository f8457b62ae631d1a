-- CreateEnum
CREATE TYPE "ReportFormat" AS ENUM ('PDF', 'DOCX');

-- CreateEnum
CREATE TYPE "ReportExportState" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Study" ADD COLUMN     "publicAggregateData" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ReportExport" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "format" "ReportFormat" NOT NULL,
    "state" "ReportExportState" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "file" BYTEA,
    "size" INTEGER,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ReportExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportExport_studyId_format_idx" ON "ReportExport"("studyId", "format");

-- CreateIndex
CREATE INDEX "ReportExport_state_createdAt_idx" ON "ReportExport"("state", "createdAt");

-- AddForeignKey
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
