-- CreateIndex
CREATE INDEX "Figure_source_idx" ON "Figure"("source");

