-- DropIndex
DROP INDEX "opportunities_organization_id_created_at_id_idx";

-- CreateIndex
CREATE INDEX "opportunities_organization_id_created_at_id_owner_id_idx" ON "opportunities"("organization_id", "created_at" DESC, "id" DESC, "owner_id") WHERE (deleted_at IS NULL);
