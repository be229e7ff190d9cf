-- CreateEnum
CREATE TYPE "ScoreEntityType" AS ENUM ('lead', 'contact', 'opportunity', 'policy');

-- CreateEnum
CREATE TYPE "ScoreKind" AS ENUM ('lead', 'health', 'churn', 'probability', 'renewal_risk');

-- CreateEnum
CREATE TYPE "ScoreConfidence" AS ENUM ('high', 'medium', 'low');

-- AlterTable
ALTER TABLE "opportunities" ADD COLUMN     "probability_confidence" "ScoreConfidence";

-- AlterTable
ALTER TABLE "policies" ADD COLUMN     "renewal_risk" INTEGER;

-- CreateTable
CREATE TABLE "scores" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "entity_type" "ScoreEntityType" NOT NULL,
    "entity_id" UUID NOT NULL,
    "kind" "ScoreKind" NOT NULL,
    "score" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "confidence" "ScoreConfidence",
    "factors" JSONB NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "scores_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scores_organization_id_entity_type_kind_score_idx" ON "scores"("organization_id", "entity_type", "kind", "score" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "scores_entity_type_entity_id_kind_key" ON "scores"("entity_type", "entity_id", "kind");

-- CreateIndex
CREATE INDEX "contacts_organization_id_id_idx" ON "contacts"("organization_id", "id");

-- CreateIndex
CREATE INDEX "leads_organization_id_id_idx" ON "leads"("organization_id", "id");

-- CreateIndex
CREATE INDEX "opportunities_organization_id_id_idx" ON "opportunities"("organization_id", "id");

-- CreateIndex
CREATE INDEX "policies_organization_id_renewal_risk_idx" ON "policies"("organization_id", "renewal_risk" DESC);

-- CreateIndex
CREATE INDEX "policies_organization_id_id_idx" ON "policies"("organization_id", "id");

-- AddForeignKey
ALTER TABLE "scores" ADD CONSTRAINT "scores_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
