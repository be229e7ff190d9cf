-- CreateIndex
CREATE INDEX "contacts_phone_trgm_idx" ON "contacts" USING GIN ("phone" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "leads_organization_id_owner_id_converted_at_idx" ON "leads"("organization_id", "owner_id", "converted_at");

-- CreateIndex
CREATE INDEX "leads_organization_id_value_idx" ON "leads"("organization_id", "value" DESC);

-- CreateIndex
CREATE INDEX "leads_organization_id_name_idx" ON "leads"("organization_id", "name");

-- CreateIndex
CREATE INDEX "leads_organization_id_last_interaction_at_idx" ON "leads"("organization_id", "last_interaction_at" DESC);

-- CreateIndex
CREATE INDEX "tickets_organization_id_updated_at_idx" ON "tickets"("organization_id", "updated_at" DESC);
