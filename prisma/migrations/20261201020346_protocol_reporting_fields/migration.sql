-- CreateEnum
CREATE TYPE "EthicsStatus" AS ENUM ('NOT_STATED', 'APPROVED', 'NOT_REQUIRED');

-- AlterTable
ALTER TABLE "Study" ADD COLUMN     "ethicsBody" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "ethicsExemption" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "ethicsReference" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "ethicsStatus" "EthicsStatus" NOT NULL DEFAULT 'NOT_STATED',
ADD COLUMN     "funding" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pilotTesting" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "registrationId" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "registryName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "steeringGroup" TEXT NOT NULL DEFAULT '';
