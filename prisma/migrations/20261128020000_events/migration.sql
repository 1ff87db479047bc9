-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "deployedAt" DATETIME NOT NULL,
    "teamId" TEXT,
    "service" TEXT,
    "failed" BOOLEAN NOT NULL DEFAULT false,
    "unplanned" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DeploymentCommit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "deploymentId" INTEGER NOT NULL,
    "sha" TEXT NOT NULL,
    "committedAt" DATETIME NOT NULL,
    CONSTRAINT "DeploymentCommit_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FirstDeploy" (
    "sha" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" INTEGER NOT NULL,
    "teamId" TEXT,
    "committedAt" DATETIME NOT NULL,
    "deployedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "acknowledgedAt" DATETIME,
    "resolvedAt" DATETIME,
    "severity" INTEGER NOT NULL,
    "teamId" TEXT,
    "causedBy" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ComputedFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "metricKey" TEXT NOT NULL,
    "value" REAL,
    "n" INTEGER NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_externalId_key" ON "Deployment"("externalId");

-- CreateIndex
CREATE INDEX "Deployment_deployedAt_idx" ON "Deployment"("deployedAt");

-- CreateIndex
CREATE INDEX "Deployment_teamId_deployedAt_idx" ON "Deployment"("teamId", "deployedAt");

-- CreateIndex
CREATE INDEX "DeploymentCommit_sha_idx" ON "DeploymentCommit"("sha");

-- CreateIndex
CREATE UNIQUE INDEX "DeploymentCommit_deploymentId_sha_key" ON "DeploymentCommit"("deploymentId", "sha");

-- CreateIndex
CREATE INDEX "FirstDeploy_deployedAt_idx" ON "FirstDeploy"("deployedAt");

-- CreateIndex
CREATE INDEX "FirstDeploy_teamId_deployedAt_idx" ON "FirstDeploy"("teamId", "deployedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_externalId_key" ON "Incident"("externalId");

-- CreateIndex
CREATE INDEX "Incident_openedAt_idx" ON "Incident"("openedAt");

-- CreateIndex
CREATE INDEX "Incident_resolvedAt_idx" ON "Incident"("resolvedAt");

-- CreateIndex
CREATE INDEX "Incident_causedBy_idx" ON "Incident"("causedBy");

-- CreateIndex
CREATE UNIQUE INDEX "ComputedFigure_scope_quarter_metricKey_key" ON "ComputedFigure"("scope", "quarter", "metricKey");

