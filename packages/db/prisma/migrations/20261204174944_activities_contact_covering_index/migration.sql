-- DropIndex
DROP INDEX "activities_contact_id_occurred_at_idx";

-- CreateIndex
CREATE INDEX "activities_contact_id_occurred_at_covering_idx" ON "activities"("contact_id", "occurred_at" DESC, "organization_id", "type", "sentiment");
