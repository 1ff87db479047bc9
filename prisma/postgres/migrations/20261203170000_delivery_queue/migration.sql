-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "plan" TEXT;

-- CreateIndex
CREATE INDEX "Delivery_outcome_id_idx" ON "Delivery"("outcome", "id");
