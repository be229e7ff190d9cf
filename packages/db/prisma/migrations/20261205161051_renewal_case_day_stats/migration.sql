-- CreateTable
CREATE TABLE "renewal_case_day_stats" (
    "organization_id" UUID NOT NULL,
    "renewal_date" DATE NOT NULL,
    "assignee_id" UUID NOT NULL,
    "escalated_to_id" UUID NOT NULL,
    "cases" INTEGER NOT NULL DEFAULT 0,
    "new_cases" INTEGER NOT NULL DEFAULT 0,
    "in_progress" INTEGER NOT NULL DEFAULT 0,
    "pending_action" INTEGER NOT NULL DEFAULT 0,
    "renewed" INTEGER NOT NULL DEFAULT 0,
    "lost" INTEGER NOT NULL DEFAULT 0,
    "premium" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "premium_renewed" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "payment_collected" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "payment_pending" DECIMAL(18,2) NOT NULL DEFAULT 0,

    CONSTRAINT "renewal_case_day_stats_pkey" PRIMARY KEY ("organization_id","renewal_date","assignee_id","escalated_to_id")
);

-- CreateIndex
CREATE INDEX "renewal_cases_open_renewal_date_idx" ON "renewal_cases"("organization_id", "renewal_date", "id", "assignee_id", "escalated_to_id") WHERE (status = ANY (ARRAY['new'::"RenewalCaseStatus", 'in_progress'::"RenewalCaseStatus", 'pending_action'::"RenewalCaseStatus"]));

-- AddForeignKey
ALTER TABLE "renewal_case_day_stats" ADD CONSTRAINT "renewal_case_day_stats_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the triggers that keep renewal_case_day_stats exact, and its backfill.
--
-- One row per (organization, renewal date, assignee, escalated-to person) holding what
-- renewals.dashboard.stats sums over the cases with that key (no assignee / no escalation is the
-- nil uuid):
--   cases, new_cases, in_progress, pending_action, renewed, lost   counts (lost = status failed)
--   premium            sum(premium)
--   premium_renewed    sum(premium) of renewed cases
--   payment_collected  sum(payment_amount) of cases whose payment is completed or partial
--   payment_pending    sum(greatest(premium - payment_amount, 0)) of cases neither failed nor paid in full
-- Only these triggers (and the backfill below) write it. AFTER … FOR EACH STATEMENT with
-- transition tables, as agent_stats: a statement's new rows add and its old rows subtract, summed
-- per key, so a chunk of a renewal file costs one upsert per key it touches, and an update that
-- changes none of these figures (a note, a contact attempt) nets to zero and touches no row.
--   - Keys are upserted in key order, so concurrent statements lock rows in one order.
--   - Rows of an organization being deleted are skipped (its cases' cascade must not bring one back).
--   - Rows that reach zero stay (harmless: they add nothing).
--   - TRUNCATE of renewal_cases empties the table.
-- Changing a figure means changing renewal_case_day_stats_apply, the backfill below and
-- services/renewals/dashboard/renewal-stats.ts together (its test compares both paths).
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION "renewal_case_day_stats_apply"("added" "renewal_cases"[], "removed" "renewal_cases"[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "renewal_case_day_stats" AS s ("organization_id", "renewal_date", "assignee_id", "escalated_to_id", "cases", "new_cases", "in_progress",
        "pending_action", "renewed", "lost", "premium", "premium_renewed", "payment_collected", "payment_pending")
    SELECT d.organization_id, d.renewal_date, d.assignee_key, d.escalated_key,
        sum(d.sign)::int,
        sum(d.sign * (d.status = 'new')::int)::int,
        sum(d.sign * (d.status = 'in_progress')::int)::int,
        sum(d.sign * (d.status = 'pending_action')::int)::int,
        sum(d.sign * (d.status = 'renewed')::int)::int,
        sum(d.sign * (d.status = 'failed')::int)::int,
        sum(d.sign * d.premium),
        sum(d.sign * CASE WHEN d.status = 'renewed' THEN d.premium ELSE 0 END),
        sum(d.sign * CASE WHEN d.payment_status IN ('completed', 'partial') THEN coalesce(d.payment_amount, 0) ELSE 0 END),
        sum(d.sign * CASE WHEN d.status <> 'failed' AND d.payment_status <> 'completed' THEN greatest(d.premium - coalesce(d.payment_amount, 0), 0) ELSE 0 END)
    FROM (
        SELECT 1 AS sign, a.organization_id, a.renewal_date, coalesce(a.assignee_id, '00000000-0000-0000-0000-000000000000') AS assignee_key,
            coalesce(a.escalated_to_id, '00000000-0000-0000-0000-000000000000') AS escalated_key, a.status, a.premium, a.payment_status, a.payment_amount
        FROM unnest("added") a
        UNION ALL
        SELECT -1, r.organization_id, r.renewal_date, coalesce(r.assignee_id, '00000000-0000-0000-0000-000000000000'),
            coalesce(r.escalated_to_id, '00000000-0000-0000-0000-000000000000'), r.status, r.premium, r.payment_status, r.payment_amount
        FROM unnest("removed") r
    ) d
    WHERE EXISTS (SELECT 1 FROM "organizations" o WHERE o.id = d.organization_id)
    GROUP BY d.organization_id, d.renewal_date, d.assignee_key, d.escalated_key
    HAVING sum(d.sign) <> 0
        OR sum(d.sign * (d.status = 'new')::int) <> 0 OR sum(d.sign * (d.status = 'in_progress')::int) <> 0
        OR sum(d.sign * (d.status = 'pending_action')::int) <> 0 OR sum(d.sign * (d.status = 'renewed')::int) <> 0
        OR sum(d.sign * (d.status = 'failed')::int) <> 0
        OR sum(d.sign * d.premium) <> 0
        OR sum(d.sign * CASE WHEN d.status = 'renewed' THEN d.premium ELSE 0 END) <> 0
        OR sum(d.sign * CASE WHEN d.payment_status IN ('completed', 'partial') THEN coalesce(d.payment_amount, 0) ELSE 0 END) <> 0
        OR sum(d.sign * CASE WHEN d.status <> 'failed' AND d.payment_status <> 'completed' THEN greatest(d.premium - coalesce(d.payment_amount, 0), 0) ELSE 0 END) <> 0
    ORDER BY d.organization_id, d.renewal_date, d.assignee_key, d.escalated_key
    ON CONFLICT ("organization_id", "renewal_date", "assignee_id", "escalated_to_id") DO UPDATE SET
        "cases" = s."cases" + EXCLUDED."cases",
        "new_cases" = s."new_cases" + EXCLUDED."new_cases",
        "in_progress" = s."in_progress" + EXCLUDED."in_progress",
        "pending_action" = s."pending_action" + EXCLUDED."pending_action",
        "renewed" = s."renewed" + EXCLUDED."renewed",
        "lost" = s."lost" + EXCLUDED."lost",
        "premium" = s."premium" + EXCLUDED."premium",
        "premium_renewed" = s."premium_renewed" + EXCLUDED."premium_renewed",
        "payment_collected" = s."payment_collected" + EXCLUDED."payment_collected",
        "payment_pending" = s."payment_pending" + EXCLUDED."payment_pending"
$$;

CREATE FUNCTION "renewal_case_day_stats_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "renewal_case_day_stats_apply"(ARRAY(SELECT ROW(n.*)::"renewal_cases" FROM new_rows n), '{}'::"renewal_cases"[]);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "renewal_case_day_stats_apply"(ARRAY(SELECT ROW(n.*)::"renewal_cases" FROM new_rows n), ARRAY(SELECT ROW(o.*)::"renewal_cases" FROM old_rows o));
    ELSE
        PERFORM "renewal_case_day_stats_apply"('{}'::"renewal_cases"[], ARRAY(SELECT ROW(o.*)::"renewal_cases" FROM old_rows o));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION "renewal_case_day_stats_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "renewal_case_day_stats";
    RETURN NULL;
END
$$;

CREATE TRIGGER "renewal_case_day_stats_inserted" AFTER INSERT ON "renewal_cases"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "renewal_case_day_stats_changed"();
CREATE TRIGGER "renewal_case_day_stats_updated" AFTER UPDATE ON "renewal_cases"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "renewal_case_day_stats_changed"();
CREATE TRIGGER "renewal_case_day_stats_deleted" AFTER DELETE ON "renewal_cases"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "renewal_case_day_stats_changed"();
CREATE TRIGGER "renewal_case_day_stats_truncated" AFTER TRUNCATE ON "renewal_cases"
    FOR EACH STATEMENT EXECUTE FUNCTION "renewal_case_day_stats_truncated"();

-- Backfill: the same figures over every existing case, grouped.
INSERT INTO "renewal_case_day_stats" ("organization_id", "renewal_date", "assignee_id", "escalated_to_id", "cases", "new_cases", "in_progress",
    "pending_action", "renewed", "lost", "premium", "premium_renewed", "payment_collected", "payment_pending")
SELECT c.organization_id, c.renewal_date, coalesce(c.assignee_id, '00000000-0000-0000-0000-000000000000'),
    coalesce(c.escalated_to_id, '00000000-0000-0000-0000-000000000000'),
    count(*)::int,
    count(*) FILTER (WHERE c.status = 'new')::int,
    count(*) FILTER (WHERE c.status = 'in_progress')::int,
    count(*) FILTER (WHERE c.status = 'pending_action')::int,
    count(*) FILTER (WHERE c.status = 'renewed')::int,
    count(*) FILTER (WHERE c.status = 'failed')::int,
    sum(c.premium),
    coalesce(sum(c.premium) FILTER (WHERE c.status = 'renewed'), 0),
    coalesce(sum(coalesce(c.payment_amount, 0)) FILTER (WHERE c.payment_status IN ('completed', 'partial')), 0),
    coalesce(sum(greatest(c.premium - coalesce(c.payment_amount, 0), 0)) FILTER (WHERE c.status <> 'failed' AND c.payment_status <> 'completed'), 0)
FROM "renewal_cases" c
GROUP BY 1, 2, 3, 4;
