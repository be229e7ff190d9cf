-- AlterTable
ALTER TABLE "contacts" ADD COLUMN     "household_id" UUID;

-- CreateTable
CREATE TABLE "households" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "primary_contact_id" UUID,
    "address" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "households_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_merges" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "entity_type" TEXT NOT NULL,
    "survivor_id" UUID NOT NULL,
    "loser_id" UUID NOT NULL,
    "moved" JSONB NOT NULL,
    "survivor_before" JSONB NOT NULL,
    "merged_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMP(3),

    CONSTRAINT "record_merges_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "households_organization_id_name_idx" ON "households"("organization_id", "name");

-- CreateIndex
CREATE INDEX "record_merges_organization_id_entity_type_loser_id_idx" ON "record_merges"("organization_id", "entity_type", "loser_id");

-- CreateIndex
CREATE INDEX "contacts_household_id_idx" ON "contacts"("household_id");

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "households" ADD CONSTRAINT "households_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "households" ADD CONSTRAINT "households_primary_contact_id_fkey" FOREIGN KEY ("primary_contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_merges" ADD CONSTRAINT "record_merges_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
