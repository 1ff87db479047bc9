-- A Restatement names the audit event written with it (Restatement.auditEventId), instead of being
-- matched to it by actor and time when read.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Restatement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "metricKey" TEXT NOT NULL,
    "oldValue" REAL,
    "newValue" REAL,
    "reason" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "auditEventId" INTEGER,
    CONSTRAINT "Restatement_auditEventId_fkey" FOREIGN KEY ("auditEventId") REFERENCES "AuditEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Rows written before the link get it once, here, by the rule readers used until now: the
-- "figure.restate" event of the same figure by the same actor, closest in time and within 5 s, each
-- event given to one row at most. Restatements that had no event of their own (from events or demo
-- removal) stay unlinked. Times may be stored as ISO text or epoch milliseconds: both are compared in seconds.
WITH "candidate" AS (
    SELECT r."id" AS "rid", a."id" AS "aid",
        abs(
            (CASE typeof(a."at") WHEN 'integer' THEN a."at" / 1000.0 ELSE (julianday(a."at") - 2440587.5) * 86400 END) -
            (CASE typeof(r."at") WHEN 'integer' THEN r."at" / 1000.0 ELSE (julianday(r."at") - 2440587.5) * 86400 END)
        ) AS "seconds"
    FROM "Restatement" r
    JOIN "AuditEvent" a ON a."entity" = 'figure' AND a."action" = 'figure.restate' AND a."actor" = r."actor"
        AND a."entityId" = r."scope" || '/' || r."quarter" || '/' || r."metricKey"
), "ranked" AS (
    SELECT "rid", "aid",
        row_number() OVER (PARTITION BY "rid" ORDER BY "seconds", "aid") AS "byRestatement",
        row_number() OVER (PARTITION BY "aid" ORDER BY "seconds", "rid") AS "byEvent"
    FROM "candidate" WHERE "seconds" < 5
)
INSERT INTO "new_Restatement" ("actor", "at", "id", "metricKey", "newValue", "oldValue", "quarter", "reason", "scope", "auditEventId")
SELECT "actor", "at", "id", "metricKey", "newValue", "oldValue", "quarter", "reason", "scope",
    (SELECT "aid" FROM "ranked" WHERE "rid" = "Restatement"."id" AND "byRestatement" = 1 AND "byEvent" = 1)
FROM "Restatement";
DROP TABLE "Restatement";
ALTER TABLE "new_Restatement" RENAME TO "Restatement";
CREATE UNIQUE INDEX "Restatement_auditEventId_key" ON "Restatement"("auditEventId");
CREATE INDEX "Restatement_scope_quarter_idx" ON "Restatement"("scope", "quarter");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Dropping the old table dropped its data-version triggers (see 20261128040000_data_version): pages
-- read Restatement, so every change to it must still move the version on.
CREATE TRIGGER "Restatement_version_insert" AFTER INSERT ON "Restatement" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Restatement_version_update" AFTER UPDATE ON "Restatement" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Restatement_version_delete" AFTER DELETE ON "Restatement" BEGIN UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1; END;
