-- DropIndex
DROP INDEX "contacts_organization_id_created_at_id_search_text_idx";

-- DropIndex
DROP INDEX "leads_organization_id_created_at_id_search_text_idx";

-- CreateIndex
CREATE INDEX "contacts_organization_id_created_at_id_search_text_owner_id_idx" ON "contacts"("organization_id", "created_at" DESC, "id" DESC, "search_text", "owner_id") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "leads_organization_id_created_at_id_search_text_owner_id_idx" ON "leads"("organization_id", "created_at" DESC, "id" DESC, "search_text", "owner_id") WHERE (deleted_at IS NULL);
