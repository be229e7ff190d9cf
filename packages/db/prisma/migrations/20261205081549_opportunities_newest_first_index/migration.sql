-- CreateIndex
CREATE INDEX "opportunities_organization_id_created_at_id_idx" ON "opportunities"("organization_id", "created_at" DESC, "id" DESC);
