-- Webhook connections (GitHub, GitLab, PagerDuty) and the source of each event. The new tables get no
-- data-version triggers: no cached read (lib/db/read-cache.ts) uses them, and a delivery must not
-- invalidate every cached page.
-- CreateTable
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "pausedAt" DATETIME,
    "rules" TEXT NOT NULL DEFAULT '{}',
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SourceMapping" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "connectionId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    CONSTRAINT "SourceMapping_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "connectionId" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eventType" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sourceId" TEXT,
    CONSTRAINT "Delivery_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PushedCommit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "connectionId" TEXT NOT NULL,
    "repo" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "sha" TEXT NOT NULL,
    "committedAt" DATETIME NOT NULL,
    "changeRef" TEXT,
    CONSTRAINT "PushedCommit_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deployment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "deployedAt" DATETIME NOT NULL,
    "teamId" TEXT,
    "service" TEXT,
    "failed" BOOLEAN NOT NULL DEFAULT false,
    "unplanned" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT 'events',
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Deployment" ("deployedAt", "externalId", "failed", "id", "receivedAt", "service", "teamId", "unplanned") SELECT "deployedAt", "externalId", "failed", "id", "receivedAt", "service", "teamId", "unplanned" FROM "Deployment";
DROP TABLE "Deployment";
ALTER TABLE "new_Deployment" RENAME TO "Deployment";
CREATE UNIQUE INDEX "Deployment_externalId_key" ON "Deployment"("externalId");
CREATE INDEX "Deployment_deployedAt_idx" ON "Deployment"("deployedAt");
CREATE INDEX "Deployment_teamId_deployedAt_idx" ON "Deployment"("teamId", "deployedAt");
CREATE TABLE "new_Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "acknowledgedAt" DATETIME,
    "resolvedAt" DATETIME,
    "severity" INTEGER NOT NULL,
    "teamId" TEXT,
    "causedBy" TEXT,
    "source" TEXT NOT NULL DEFAULT 'events',
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Incident" ("acknowledgedAt", "causedBy", "externalId", "id", "openedAt", "receivedAt", "resolvedAt", "severity", "teamId") SELECT "acknowledgedAt", "causedBy", "externalId", "id", "openedAt", "receivedAt", "resolvedAt", "severity", "teamId" FROM "Incident";
DROP TABLE "Incident";
ALTER TABLE "new_Incident" RENAME TO "Incident";
CREATE UNIQUE INDEX "Incident_externalId_key" ON "Incident"("externalId");
CREATE INDEX "Incident_openedAt_idx" ON "Incident"("openedAt");
CREATE INDEX "Incident_resolvedAt_idx" ON "Incident"("resolvedAt");
CREATE INDEX "Incident_causedBy_idx" ON "Incident"("causedBy");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SourceMapping_connectionId_sourceId_key" ON "SourceMapping"("connectionId", "sourceId");

-- CreateIndex
CREATE INDEX "Delivery_connectionId_id_idx" ON "Delivery"("connectionId", "id");

-- CreateIndex
CREATE INDEX "PushedCommit_connectionId_repo_sha_idx" ON "PushedCommit"("connectionId", "repo", "sha");

-- CreateIndex
CREATE UNIQUE INDEX "PushedCommit_connectionId_repo_ref_sha_key" ON "PushedCommit"("connectionId", "repo", "ref", "sha");

