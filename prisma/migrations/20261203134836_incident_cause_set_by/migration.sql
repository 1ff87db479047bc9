-- Incident.causeSetBy: who set an incident's link to a deployment by hand. The table is redefined
-- (as Prisma redefines SQLite tables) so the column sits beside causedBy, where schema.prisma has it.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "acknowledgedAt" DATETIME,
    "resolvedAt" DATETIME,
    "severity" INTEGER NOT NULL,
    "teamId" TEXT,
    "causedBy" TEXT,
    "causeSetBy" TEXT,
    "source" TEXT NOT NULL DEFAULT 'events',
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Incident" ("acknowledgedAt", "causedBy", "externalId", "id", "openedAt", "receivedAt", "resolvedAt", "severity", "source", "teamId") SELECT "acknowledgedAt", "causedBy", "externalId", "id", "openedAt", "receivedAt", "resolvedAt", "severity", "source", "teamId" FROM "Incident";
DROP TABLE "Incident";
ALTER TABLE "new_Incident" RENAME TO "Incident";
CREATE UNIQUE INDEX "Incident_externalId_key" ON "Incident"("externalId");
CREATE INDEX "Incident_openedAt_idx" ON "Incident"("openedAt");
CREATE INDEX "Incident_resolvedAt_idx" ON "Incident"("resolvedAt");
CREATE INDEX "Incident_causedBy_idx" ON "Incident"("causedBy");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
