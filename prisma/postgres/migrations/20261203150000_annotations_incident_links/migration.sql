-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "causeSetBy" TEXT;

-- CreateTable
CREATE TABLE "Annotation" (
    "id" SERIAL NOT NULL,
    "scope" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT,
    "metricKey" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Annotation_scope_date_idx" ON "Annotation"("scope", "date");


-- Notes on the timeline are drawn on the pages, so a change to one moves the data version on, like
-- the other tables pages read (data_version_bump comes from the first migration).
CREATE TRIGGER "Annotation_version_insert" AFTER INSERT ON "Annotation" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "Annotation_version_update" AFTER UPDATE ON "Annotation" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "Annotation_version_delete" AFTER DELETE ON "Annotation" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
