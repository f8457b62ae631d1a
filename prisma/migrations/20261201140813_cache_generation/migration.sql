-- CreateTable
CREATE TABLE "CacheGeneration" (
    "name" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheGeneration_pkey" PRIMARY KEY ("name")
);
