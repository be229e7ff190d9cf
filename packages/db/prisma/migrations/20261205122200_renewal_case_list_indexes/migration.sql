-- DropIndex
DROP INDEX "renewal_cases_organization_id_renewal_date_id_idx";

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_renewal_date_id_assignee_id_e_idx" ON "renewal_cases"("organization_id", "renewal_date", "id", "assignee_id", "escalated_to_id", "status", "premium", "payment_status", "payment_amount");

-- CreateIndex
CREATE INDEX "renewal_cases_contact_id_idx" ON "renewal_cases"("contact_id");

-- CreateIndex
CREATE INDEX "renewal_cases_case_number_trgm_idx" ON "renewal_cases" USING GIN ("case_number" gin_trgm_ops);

-- The risk sort reads risk_score DESC NULLS LAST (cases without a score last); an index in
-- Postgres's default DESC order (NULLS FIRST) cannot give that order, so the sort read and sorted
-- every case of the organization. Prisma's schema cannot state NULLS LAST; the index keeps the name
-- and columns the schema gives it.
DROP INDEX "renewal_cases_organization_id_risk_score_id_idx";
CREATE INDEX "renewal_cases_organization_id_risk_score_id_idx" ON "renewal_cases"("organization_id", "risk_score" DESC NULLS LAST, "id" DESC);
