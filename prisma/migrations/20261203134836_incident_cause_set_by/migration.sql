-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "causeSetBy" TEXT;

