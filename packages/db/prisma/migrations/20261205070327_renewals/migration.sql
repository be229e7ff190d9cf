-- CreateEnum
CREATE TYPE "RenewalCaseStatus" AS ENUM ('new', 'in_progress', 'pending_action', 'renewed', 'failed');

-- CreateEnum
CREATE TYPE "RenewalPaymentStatus" AS ENUM ('pending', 'partial', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "RenewalLostReason" AS ENUM ('price', 'service', 'coverage', 'moved', 'other');

-- CreateEnum
CREATE TYPE "RenewalCaseEventType" AS ENUM ('created', 'updated', 'status_changed', 'assigned', 'escalated', 'note', 'contact_attempt', 'payment', 'renewed', 'lost', 'closed');

-- CreateEnum
CREATE TYPE "RenewalContactChannel" AS ENUM ('call', 'email', 'sms', 'whatsapp', 'in_person', 'other');

-- CreateEnum
CREATE TYPE "RenewalContactOutcome" AS ENUM ('reached', 'no_answer', 'voicemail', 'callback_requested', 'wrong_number', 'declined');

-- CreateEnum
CREATE TYPE "RenewalBatchStatus" AS ENUM ('validated', 'processing', 'completed', 'completed_with_errors', 'failed');

-- CreateEnum
CREATE TYPE "RenewalBatchRowStatus" AS ENUM ('pending', 'applied', 'failed', 'invalid');

-- CreateTable
CREATE TABLE "renewal_cases" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "case_number" TEXT NOT NULL,
    "policy_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "assignee_id" UUID,
    "batch_id" UUID,
    "status" "RenewalCaseStatus" NOT NULL DEFAULT 'new',
    "priority" "Priority" NOT NULL DEFAULT 'medium',
    "priority_rank" INTEGER NOT NULL DEFAULT 1,
    "renewal_date" DATE NOT NULL,
    "prior_premium" DECIMAL(12,2) NOT NULL,
    "prior_start_date" DATE NOT NULL,
    "prior_end_date" DATE NOT NULL,
    "prior_carrier" TEXT NOT NULL,
    "renewal_premium" DECIMAL(12,2),
    "renewal_carrier" TEXT,
    "coverages" JSONB,
    "premium" DECIMAL(12,2) NOT NULL,
    "risk_score" INTEGER,
    "payment_status" "RenewalPaymentStatus" NOT NULL DEFAULT 'pending',
    "payment_method" TEXT,
    "payment_date" TIMESTAMP(3),
    "payment_amount" DECIMAL(12,2),
    "contact_attempts" INTEGER NOT NULL DEFAULT 0,
    "last_contact_at" TIMESTAMP(3),
    "notes" TEXT,
    "escalated_to_id" UUID,
    "escalation_reason" TEXT,
    "escalated_at" TIMESTAMP(3),
    "lost_reason" "RenewalLostReason",
    "lost_note" TEXT,
    "closed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "renewal_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "renewal_case_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "actor_id" UUID,
    "type" "RenewalCaseEventType" NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT,
    "data" JSONB,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "renewal_case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "renewal_contact_attempts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "actor_id" UUID,
    "channel" "RenewalContactChannel" NOT NULL,
    "outcome" "RenewalContactOutcome" NOT NULL,
    "note" TEXT,
    "attempted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "renewal_contact_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "renewal_case_counters" (
    "organization_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL,

    CONSTRAINT "renewal_case_counters_pkey" PRIMARY KEY ("organization_id","year")
);

-- CreateTable
CREATE TABLE "renewal_settings" (
    "organization_id" UUID NOT NULL,
    "window_days" INTEGER NOT NULL DEFAULT 60,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "renewal_settings_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "renewal_batches" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "uploaded_by_id" UUID,
    "filename" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "policy_type" "PolicyType",
    "status" "RenewalBatchStatus" NOT NULL DEFAULT 'validated',
    "total_records" INTEGER NOT NULL,
    "valid_records" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "successful" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "renewal_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "renewal_batch_rows" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "status" "RenewalBatchRowStatus" NOT NULL,
    "data" JSONB,
    "field" TEXT,
    "error" TEXT,
    "case_id" UUID,

    CONSTRAINT "renewal_batch_rows_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_renewal_date_id_idx" ON "renewal_cases"("organization_id", "renewal_date", "id");

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_assignee_id_renewal_date_id_idx" ON "renewal_cases"("organization_id", "assignee_id", "renewal_date", "id");

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_status_renewal_date_id_idx" ON "renewal_cases"("organization_id", "status", "renewal_date", "id");

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_created_at_id_idx" ON "renewal_cases"("organization_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_priority_rank_id_idx" ON "renewal_cases"("organization_id", "priority_rank" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_risk_score_id_idx" ON "renewal_cases"("organization_id", "risk_score" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_premium_id_idx" ON "renewal_cases"("organization_id", "premium" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "renewal_cases_organization_id_closed_at_idx" ON "renewal_cases"("organization_id", "closed_at");

-- CreateIndex
CREATE INDEX "renewal_cases_policy_id_status_idx" ON "renewal_cases"("policy_id", "status");

-- CreateIndex
CREATE INDEX "renewal_cases_batch_id_idx" ON "renewal_cases"("batch_id");

-- CreateIndex
CREATE UNIQUE INDEX "renewal_cases_organization_id_case_number_key" ON "renewal_cases"("organization_id", "case_number");

-- CreateIndex
CREATE UNIQUE INDEX "renewal_cases_policy_id_renewal_date_key" ON "renewal_cases"("policy_id", "renewal_date");

-- CreateIndex
CREATE INDEX "renewal_case_events_case_id_occurred_at_idx" ON "renewal_case_events"("case_id", "occurred_at");

-- CreateIndex
CREATE INDEX "renewal_case_events_organization_id_type_occurred_at_idx" ON "renewal_case_events"("organization_id", "type", "occurred_at");

-- CreateIndex
CREATE INDEX "renewal_contact_attempts_case_id_attempted_at_idx" ON "renewal_contact_attempts"("case_id", "attempted_at");

-- CreateIndex
CREATE INDEX "renewal_batches_organization_id_created_at_id_idx" ON "renewal_batches"("organization_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "renewal_batches_organization_id_content_hash_key" ON "renewal_batches"("organization_id", "content_hash");

-- CreateIndex
CREATE INDEX "renewal_batch_rows_batch_id_status_row_idx" ON "renewal_batch_rows"("batch_id", "status", "row");

-- CreateIndex
CREATE UNIQUE INDEX "renewal_batch_rows_batch_id_row_key" ON "renewal_batch_rows"("batch_id", "row");

-- AddForeignKey
ALTER TABLE "renewal_cases" ADD CONSTRAINT "renewal_cases_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_cases" ADD CONSTRAINT "renewal_cases_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_cases" ADD CONSTRAINT "renewal_cases_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_cases" ADD CONSTRAINT "renewal_cases_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_cases" ADD CONSTRAINT "renewal_cases_escalated_to_id_fkey" FOREIGN KEY ("escalated_to_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_cases" ADD CONSTRAINT "renewal_cases_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "renewal_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_case_events" ADD CONSTRAINT "renewal_case_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_case_events" ADD CONSTRAINT "renewal_case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "renewal_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_case_events" ADD CONSTRAINT "renewal_case_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_contact_attempts" ADD CONSTRAINT "renewal_contact_attempts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_contact_attempts" ADD CONSTRAINT "renewal_contact_attempts_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "renewal_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_contact_attempts" ADD CONSTRAINT "renewal_contact_attempts_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_case_counters" ADD CONSTRAINT "renewal_case_counters_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_settings" ADD CONSTRAINT "renewal_settings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_batches" ADD CONSTRAINT "renewal_batches_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_batches" ADD CONSTRAINT "renewal_batches_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_batch_rows" ADD CONSTRAINT "renewal_batch_rows_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renewal_batch_rows" ADD CONSTRAINT "renewal_batch_rows_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "renewal_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
