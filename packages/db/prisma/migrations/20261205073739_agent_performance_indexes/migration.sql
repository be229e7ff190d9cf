-- CreateIndex
CREATE INDEX "activities_organization_id_actor_id_occurred_at_idx" ON "activities"("organization_id", "actor_id", "occurred_at");

-- CreateIndex
CREATE INDEX "policies_organization_id_owner_id_created_at_idx" ON "policies"("organization_id", "owner_id", "created_at");
