-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "epoch" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0
);

-- The one row. Its epoch is random per database, so copies of two databases never share a version.
INSERT INTO "DataVersion" ("id", "epoch", "n") VALUES (1, lower(hex(randomblob(16))), 0);

-- Every change to a table that pages read moves the version on, whoever writes it (the app, the
-- command line, an import or the events API): lib/db/read-cache.ts reuses a read only while it is unchanged.
-- Prisma's schema cannot express triggers; lib/db/migrations.test.ts checks they exist for every table
-- named in VERSIONED_TABLES.
CREATE TRIGGER "Commentary_version_insert" AFTER INSERT ON "Commentary" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Commentary_version_update" AFTER UPDATE ON "Commentary" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Commentary_version_delete" AFTER DELETE ON "Commentary" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ComputedFigure_version_insert" AFTER INSERT ON "ComputedFigure" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ComputedFigure_version_update" AFTER UPDATE ON "ComputedFigure" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ComputedFigure_version_delete" AFTER DELETE ON "ComputedFigure" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Figure_version_insert" AFTER INSERT ON "Figure" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Figure_version_update" AFTER UPDATE ON "Figure" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Figure_version_delete" AFTER DELETE ON "Figure" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quarter_version_insert" AFTER INSERT ON "Quarter" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quarter_version_update" AFTER UPDATE ON "Quarter" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quarter_version_delete" AFTER DELETE ON "Quarter" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Restatement_version_insert" AFTER INSERT ON "Restatement" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Restatement_version_update" AFTER UPDATE ON "Restatement" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Restatement_version_delete" AFTER DELETE ON "Restatement" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Setting_version_insert" AFTER INSERT ON "Setting" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Setting_version_update" AFTER UPDATE ON "Setting" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Setting_version_delete" AFTER DELETE ON "Setting" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StaleEventFigures_version_insert" AFTER INSERT ON "StaleEventFigures" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StaleEventFigures_version_update" AFTER UPDATE ON "StaleEventFigures" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StaleEventFigures_version_delete" AFTER DELETE ON "StaleEventFigures" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Target_version_insert" AFTER INSERT ON "Target" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Target_version_update" AFTER UPDATE ON "Target" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Target_version_delete" AFTER DELETE ON "Target" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Team_version_insert" AFTER INSERT ON "Team" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Team_version_update" AFTER UPDATE ON "Team" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Team_version_delete" AFTER DELETE ON "Team" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "User_version_insert" AFTER INSERT ON "User" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "User_version_update" AFTER UPDATE ON "User" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "User_version_delete" AFTER DELETE ON "User" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
