-- DropIndex
DROP INDEX "renewal_cases_organization_id_created_at_id_idx";

-- DropIndex
DROP INDEX "renewal_cases_organization_id_premium_id_idx";

-- DropIndex
DROP INDEX "renewal_cases_organization_id_priority_rank_id_idx";

-- DropIndex
DROP INDEX "renewal_cases_organization_id_renewal_date_id_idx";

-- DropIndex
DROP INDEX "renewal_cases_organization_id_risk_score_id_idx";

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_renewal_date_id_assignee_id_e_idx" ON "renewal_cases"("organization_id", "renewal_date", "id", "assignee_id", "escalated_to_id", "status", "premium", "payment_status", "payment_amount");

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_created_at_id_assignee_id_esc_idx" ON "renewal_cases"("organization_id", "created_at" DESC, "id" DESC, "assignee_id", "escalated_to_id", "status", "renewal_date");

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_priority_rank_id_assignee_id__idx" ON "renewal_cases"("organization_id", "priority_rank" DESC, "id" DESC, "assignee_id", "escalated_to_id", "status", "renewal_date");

-- CreateIndex (edited: NULLS LAST) The risk sort reads risk_score DESC NULLS LAST (cases without a
-- score last); in Postgres's default DESC order (NULLS FIRST) the index cannot give that order, and
-- the sort read and sorted every case of the organization. Prisma's schema cannot state NULLS LAST
-- and its diff does not see it; the index keeps the name and columns the schema gives it.
CREATE INDEX "renewal_cases_organization_id_risk_score_id_assignee_id_esc_idx" ON "renewal_cases"("organization_id", "risk_score" DESC NULLS LAST, "id" DESC, "assignee_id", "escalated_to_id", "status", "renewal_date");

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_premium_id_assignee_id_escala_idx" ON "renewal_cases"("organization_id", "premium" DESC, "id" DESC, "assignee_id", "escalated_to_id", "status", "renewal_date");

-- CreateIndex
CREATE INDEX "renewal_cases_contact_id_idx" ON "renewal_cases"("contact_id");

-- CreateIndex
CREATE INDEX "renewal_cases_case_number_trgm_idx" ON "renewal_cases" USING GIN ("case_number" gin_trgm_ops);
