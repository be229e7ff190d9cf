-- CreateEnum
CREATE TYPE "LeadImportStatus" AS ENUM ('queued', 'processing', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "LeadImportRowStatus" AS ENUM ('pending', 'applied', 'failed');

-- CreateTable
CREATE TABLE "lead_imports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "uploaded_by_id" UUID,
    "filename" TEXT NOT NULL,
    "kind" "LeadKind" NOT NULL,
    "owner_id" UUID,
    "on_duplicate" TEXT NOT NULL,
    "status" "LeadImportStatus" NOT NULL DEFAULT 'queued',
    "total_rows" INTEGER NOT NULL,
    "staged_rows" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "errors_by_reason" JSONB NOT NULL DEFAULT '{}',
    "flagged_dnc" JSONB NOT NULL DEFAULT '[]',
    "message" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "lead_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lead_import_rows" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "import_id" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "status" "LeadImportRowStatus" NOT NULL DEFAULT 'pending',
    "data" JSONB NOT NULL,

    CONSTRAINT "lead_import_rows_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "lead_imports_organization_id_created_at_idx" ON "lead_imports"("organization_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "lead_import_rows_import_id_status_row_idx" ON "lead_import_rows"("import_id", "status", "row");

-- AddForeignKey
ALTER TABLE "lead_imports" ADD CONSTRAINT "lead_imports_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lead_imports" ADD CONSTRAINT "lead_imports_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lead_import_rows" ADD CONSTRAINT "lead_import_rows_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lead_import_rows" ADD CONSTRAINT "lead_import_rows_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "lead_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
