-- CreateIndex
CREATE INDEX "policies_organization_id_premium_id_idx" ON "policies"("organization_id", "premium" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "policies_organization_id_created_at_id_idx" ON "policies"("organization_id", "created_at" DESC, "id" DESC);
