-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('OWNER', 'FACILITATOR', 'OBSERVER');

-- CreateEnum
CREATE TYPE "StudyStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "PanelMemberStatus" AS ENUM ('PROPOSED', 'INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXCLUDED');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('PENDING', 'ADDED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'LOCKED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RoundState" AS ENUM ('SCHEDULED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "Position" AS ENUM ('CAN_LIVE_WITH', 'CANNOT_LIVE_WITH');

-- CreateEnum
CREATE TYPE "ResponseState" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "SummaryStatus" AS ENUM ('DRAFT', 'SENT');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('UNCHANGED', 'EDITED', 'ADDED', 'REMOVED', 'SPLIT', 'MERGED', 'MOVED');

-- CreateEnum
CREATE TYPE "ChangeClass" AS ENUM ('EDITORIAL', 'SUBSTANTIVE');

-- CreateEnum
CREATE TYPE "Disposition" AS ENUM ('ACCEPTED', 'PARTLY_ACCEPTED', 'DECLINED', 'OUT_OF_SCOPE');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('SIGN_IN', 'INVITATION', 'REMINDER', 'SUMMARY', 'ROUND_OPENED', 'NOTICE');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('USER', 'EXPERT', 'SYSTEM');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Study" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "audience" TEXT NOT NULL DEFAULT '',
    "status" "StudyStatus" NOT NULL DEFAULT 'DRAFT',
    "consensusThreshold" INTEGER NOT NULL DEFAULT 75,
    "ratingScaleMax" INTEGER,
    "ratingMedianMin" DECIMAL(4,2),
    "ratingIqrMax" DECIMAL(4,2),
    "plannedRounds" INTEGER NOT NULL DEFAULT 3,
    "panelCap" INTEGER NOT NULL DEFAULT 50,
    "anonymityStatement" TEXT NOT NULL DEFAULT '',
    "protocolLockedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Study_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtocolDeviation" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProtocolDeviation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelMember" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL DEFAULT '',
    "gender" TEXT,
    "expertise" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "PanelMemberStatus" NOT NULL DEFAULT 'PROPOSED',
    "statusReason" TEXT,
    "participationConsentAt" TIMESTAMP(3),
    "acknowledgeConsent" BOOLEAN NOT NULL DEFAULT false,
    "acknowledgeAffiliation" TEXT,
    "conflictOfInterest" TEXT,
    "nominatedById" TEXT,
    "invitedAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PanelMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertLink" (
    "id" TEXT NOT NULL,
    "panelMemberId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ExpertLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "nominatorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "status" "NominationStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Version" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "explanatoryText" TEXT NOT NULL DEFAULT '',
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "basedOnId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lockedAt" TIMESTAMP(3),

    CONSTRAINT "Version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clause" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Clause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClauseVersion" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClauseVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClauseOrigin" (
    "childId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "ClauseOrigin_pkey" PRIMARY KEY ("childId","sourceId")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "RoundState" NOT NULL DEFAULT 'SCHEDULED',
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "reminderDays" INTEGER[] DEFAULT ARRAY[3, 1]::INTEGER[],
    "collectRatings" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundParticipation" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "panelMemberId" TEXT NOT NULL,
    "notifiedAt" TIMESTAMP(3),
    "firstViewedAt" TIMESTAMP(3),
    "remindersSent" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundParticipation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "panelMemberId" TEXT NOT NULL,
    "state" "ResponseState" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "textPosition" "Position",
    "textReason" TEXT NOT NULL DEFAULT '',
    "textSuggestion" TEXT NOT NULL DEFAULT '',
    "overallPosition" "Position",
    "generalComments" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClauseResponse" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "clauseVersionId" TEXT NOT NULL,
    "position" "Position",
    "reason" TEXT NOT NULL DEFAULT '',
    "suggestion" TEXT NOT NULL DEFAULT '',
    "rating" INTEGER,

    CONSTRAINT "ClauseResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Summary" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "body" TEXT NOT NULL DEFAULT '',
    "status" "SummaryStatus" NOT NULL DEFAULT 'DRAFT',
    "sentAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Summary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeJustification" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "clauseVersionId" TEXT,
    "kind" "ChangeKind" NOT NULL,
    "changeClass" "ChangeClass" NOT NULL DEFAULT 'SUBSTANTIVE',
    "justification" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChangeJustification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JustificationFeedback" (
    "justificationId" TEXT NOT NULL,
    "clauseResponseId" TEXT NOT NULL,
    "disposition" "Disposition" NOT NULL,

    CONSTRAINT "JustificationFeedback_pkey" PRIMARY KEY ("justificationId","clauseResponseId")
);

-- CreateTable
CREATE TABLE "OutboundEmail" (
    "id" TEXT NOT NULL,
    "studyId" TEXT,
    "panelMemberId" TEXT,
    "kind" "EmailKind" NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "dedupeKey" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "studyId" TEXT,
    "actorKind" "ActorKind" NOT NULL,
    "actorUserId" TEXT,
    "actorRef" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_studyId_userId_key" ON "Membership"("studyId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Study_slug_key" ON "Study"("slug");

-- CreateIndex
CREATE INDEX "Study_status_idx" ON "Study"("status");

-- CreateIndex
CREATE INDEX "ProtocolDeviation_studyId_createdAt_idx" ON "ProtocolDeviation"("studyId", "createdAt");

-- CreateIndex
CREATE INDEX "PanelMember_studyId_status_idx" ON "PanelMember"("studyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PanelMember_studyId_email_key" ON "PanelMember"("studyId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertLink_tokenHash_key" ON "ExpertLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ExpertLink_panelMemberId_idx" ON "ExpertLink"("panelMemberId");

-- CreateIndex
CREATE INDEX "Nomination_studyId_status_idx" ON "Nomination"("studyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Version_studyId_number_key" ON "Version"("studyId", "number");

-- CreateIndex
CREATE INDEX "Clause_studyId_idx" ON "Clause"("studyId");

-- CreateIndex
CREATE INDEX "ClauseVersion_versionId_position_idx" ON "ClauseVersion"("versionId", "position");

-- CreateIndex
CREATE INDEX "ClauseVersion_clauseId_idx" ON "ClauseVersion"("clauseId");

-- CreateIndex
CREATE UNIQUE INDEX "ClauseVersion_versionId_clauseId_key" ON "ClauseVersion"("versionId", "clauseId");

-- CreateIndex
CREATE INDEX "ClauseOrigin_sourceId_idx" ON "ClauseOrigin"("sourceId");

-- CreateIndex
CREATE INDEX "Round_state_closesAt_idx" ON "Round"("state", "closesAt");

-- CreateIndex
CREATE INDEX "Round_versionId_idx" ON "Round"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "Round_studyId_number_key" ON "Round"("studyId", "number");

-- CreateIndex
CREATE INDEX "RoundParticipation_panelMemberId_idx" ON "RoundParticipation"("panelMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "RoundParticipation_roundId_panelMemberId_key" ON "RoundParticipation"("roundId", "panelMemberId");

-- CreateIndex
CREATE INDEX "Response_roundId_state_idx" ON "Response"("roundId", "state");

-- CreateIndex
CREATE INDEX "Response_panelMemberId_idx" ON "Response"("panelMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_roundId_panelMemberId_key" ON "Response"("roundId", "panelMemberId");

-- CreateIndex
CREATE INDEX "ClauseResponse_clauseVersionId_position_idx" ON "ClauseResponse"("clauseVersionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ClauseResponse_responseId_clauseVersionId_key" ON "ClauseResponse"("responseId", "clauseVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Summary_roundId_revision_key" ON "Summary"("roundId", "revision");

-- CreateIndex
CREATE INDEX "ChangeJustification_versionId_idx" ON "ChangeJustification"("versionId");

-- CreateIndex
CREATE INDEX "ChangeJustification_clauseVersionId_idx" ON "ChangeJustification"("clauseVersionId");

-- CreateIndex
CREATE INDEX "JustificationFeedback_clauseResponseId_idx" ON "JustificationFeedback"("clauseResponseId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundEmail_dedupeKey_key" ON "OutboundEmail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboundEmail_status_nextAttemptAt_idx" ON "OutboundEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboundEmail_studyId_kind_idx" ON "OutboundEmail"("studyId", "kind");

-- CreateIndex
CREATE INDEX "OutboundEmail_panelMemberId_idx" ON "OutboundEmail"("panelMemberId");

-- CreateIndex
CREATE INDEX "OutboundEmail_to_createdAt_idx" ON "OutboundEmail"("to", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_studyId_createdAt_idx" ON "AuditEvent"("studyId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_idx" ON "AuditEvent"("actorUserId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolDeviation" ADD CONSTRAINT "ProtocolDeviation_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolDeviation" ADD CONSTRAINT "ProtocolDeviation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_nominatedById_fkey" FOREIGN KEY ("nominatedById") REFERENCES "PanelMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertLink" ADD CONSTRAINT "ExpertLink_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_nominatorId_fkey" FOREIGN KEY ("nominatorId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "Version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseVersion" ADD CONSTRAINT "ClauseVersion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseVersion" ADD CONSTRAINT "ClauseVersion_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseOrigin" ADD CONSTRAINT "ClauseOrigin_childId_fkey" FOREIGN KEY ("childId") REFERENCES "ClauseVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseOrigin" ADD CONSTRAINT "ClauseOrigin_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "ClauseVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipation" ADD CONSTRAINT "RoundParticipation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipation" ADD CONSTRAINT "RoundParticipation_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseResponse" ADD CONSTRAINT "ClauseResponse_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseResponse" ADD CONSTRAINT "ClauseResponse_clauseVersionId_fkey" FOREIGN KEY ("clauseVersionId") REFERENCES "ClauseVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Summary" ADD CONSTRAINT "Summary_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Summary" ADD CONSTRAINT "Summary_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeJustification" ADD CONSTRAINT "ChangeJustification_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeJustification" ADD CONSTRAINT "ChangeJustification_clauseVersionId_fkey" FOREIGN KEY ("clauseVersionId") REFERENCES "ClauseVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JustificationFeedback" ADD CONSTRAINT "JustificationFeedback_justificationId_fkey" FOREIGN KEY ("justificationId") REFERENCES "ChangeJustification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JustificationFeedback" ADD CONSTRAINT "JustificationFeedback_clauseResponseId_fkey" FOREIGN KEY ("clauseResponseId") REFERENCES "ClauseResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundEmail" ADD CONSTRAINT "OutboundEmail_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundEmail" ADD CONSTRAINT "OutboundEmail_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
