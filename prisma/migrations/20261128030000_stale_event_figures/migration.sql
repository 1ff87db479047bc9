-- CreateTable
CREATE TABLE "StaleEventFigures" (
    "scope" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "markedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("scope", "quarter")
);

