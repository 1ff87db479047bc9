-- CreateTable
CREATE TABLE "Annotation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT,
    "metricKey" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateIndex
CREATE INDEX "Annotation_scope_date_idx" ON "Annotation"("scope", "date");


-- Pages read annotations, so every change moves the data version on like the other tables they read
-- (see 20261128040000_data_version and lib/db/read-cache.ts).
CREATE TRIGGER "Annotation_version_insert" AFTER INSERT ON "Annotation" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Annotation_version_update" AFTER UPDATE ON "Annotation" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Annotation_version_delete" AFTER DELETE ON "Annotation" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
