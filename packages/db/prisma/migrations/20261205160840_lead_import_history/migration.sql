-- CreateEnum
CREATE TYPE "LeadImportChangeKind" AS ENUM ('created', 'updated');

-- AlterTable
ALTER TABLE "lead_imports" ADD COLUMN     "undone_at" TIMESTAMP(3),
ADD COLUMN     "undone_by_id" UUID;

-- CreateTable
CREATE TABLE "lead_import_changes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "import_id" UUID NOT NULL,
    "lead_id" UUID NOT NULL,
    "kind" "LeadImportChangeKind" NOT NULL,
    "previous" JSONB,
    "written_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lead_import_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "lead_import_changes_import_id_kind_idx" ON "lead_import_changes"("import_id", "kind");

-- CreateIndex
CREATE INDEX "lead_import_changes_lead_id_idx" ON "lead_import_changes"("lead_id");

-- AddForeignKey
ALTER TABLE "lead_imports" ADD CONSTRAINT "lead_imports_undone_by_id_fkey" FOREIGN KEY ("undone_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lead_import_changes" ADD CONSTRAINT "lead_import_changes_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lead_import_changes" ADD CONSTRAINT "lead_import_changes_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "lead_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lead_import_changes" ADD CONSTRAINT "lead_import_changes_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE CASCADE;
