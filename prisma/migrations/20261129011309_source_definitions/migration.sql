-- CreateTable
CREATE TABLE "SourceDefinition" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Characteristic" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Characteristic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceCharacteristic" (
    "sourceId" TEXT NOT NULL,
    "characteristicId" TEXT NOT NULL,

    CONSTRAINT "SourceCharacteristic_pkey" PRIMARY KEY ("sourceId","characteristicId")
);

-- CreateTable
CREATE TABLE "CharacteristicMapping" (
    "id" TEXT NOT NULL,
    "characteristicId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "clauseVersionId" TEXT,

    CONSTRAINT "CharacteristicMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceDefinition_studyId_idx" ON "SourceDefinition"("studyId");

-- CreateIndex
CREATE UNIQUE INDEX "Characteristic_studyId_name_key" ON "Characteristic"("studyId", "name");

-- CreateIndex
CREATE INDEX "SourceCharacteristic_characteristicId_idx" ON "SourceCharacteristic"("characteristicId");

-- CreateIndex
CREATE INDEX "CharacteristicMapping_characteristicId_versionId_idx" ON "CharacteristicMapping"("characteristicId", "versionId");

-- CreateIndex
CREATE INDEX "CharacteristicMapping_versionId_idx" ON "CharacteristicMapping"("versionId");

-- AddForeignKey
ALTER TABLE "SourceDefinition" ADD CONSTRAINT "SourceDefinition_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Characteristic" ADD CONSTRAINT "Characteristic_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCharacteristic" ADD CONSTRAINT "SourceCharacteristic_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SourceDefinition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCharacteristic" ADD CONSTRAINT "SourceCharacteristic_characteristicId_fkey" FOREIGN KEY ("characteristicId") REFERENCES "Characteristic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharacteristicMapping" ADD CONSTRAINT "CharacteristicMapping_characteristicId_fkey" FOREIGN KEY ("characteristicId") REFERENCES "Characteristic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharacteristicMapping" ADD CONSTRAINT "CharacteristicMapping_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharacteristicMapping" ADD CONSTRAINT "CharacteristicMapping_clauseVersionId_fkey" FOREIGN KEY ("clauseVersionId") REFERENCES "ClauseVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
