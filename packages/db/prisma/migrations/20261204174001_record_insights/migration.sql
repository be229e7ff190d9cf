-- CreateTable
CREATE TABLE "record_insights" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "summary" TEXT NOT NULL,
    "risks" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "provider" TEXT NOT NULL,
    "generated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "record_insights_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "record_insights_organization_id_entity_type_entity_id_key" ON "record_insights"("organization_id", "entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "record_insights" ADD CONSTRAINT "record_insights_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
