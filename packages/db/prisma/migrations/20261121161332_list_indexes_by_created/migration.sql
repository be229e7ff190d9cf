-- DropIndex
DROP INDEX "contacts_organization_id_created_at_idx";

-- DropIndex
DROP INDEX "contacts_organization_id_owner_id_idx";

-- DropIndex
DROP INDEX "leads_organization_id_kind_created_at_idx";

-- DropIndex
DROP INDEX "leads_organization_id_kind_status_created_at_idx";

-- DropIndex
DROP INDEX "leads_organization_id_owner_id_created_at_idx";

-- CreateIndex
CREATE INDEX "contacts_organization_id_created_at_id_idx" ON "contacts"("organization_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "contacts_organization_id_owner_id_created_at_id_idx" ON "contacts"("organization_id", "owner_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "leads_organization_id_created_at_id_idx" ON "leads"("organization_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "leads_organization_id_status_created_at_id_idx" ON "leads"("organization_id", "status", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "leads_organization_id_owner_id_created_at_id_idx" ON "leads"("organization_id", "owner_id", "created_at" DESC, "id" DESC);
