-- DropIndex
DROP INDEX "contacts_organization_id_created_at_id_search_text_idx";

-- DropIndex
DROP INDEX "contacts_organization_id_customer_code_key";

-- DropIndex
DROP INDEX "contacts_organization_id_owner_id_created_at_id_search_text_idx";

-- DropIndex
DROP INDEX "leads_organization_id_created_at_id_search_text_idx";

-- DropIndex
DROP INDEX "leads_organization_id_owner_id_created_at_id_search_text_idx";

-- DropIndex
DROP INDEX "leads_organization_id_owner_id_status_created_at_id_idx";

-- DropIndex
DROP INDEX "leads_organization_id_status_created_at_id_idx";

-- DropIndex
DROP INDEX "policies_organization_id_policy_number_key";

-- AlterTable
ALTER TABLE "activities" ADD COLUMN     "deleted_at" TIMESTAMP(3),
ADD COLUMN     "deleted_by_id" UUID;

-- AlterTable
ALTER TABLE "contacts" ADD COLUMN     "deleted_at" TIMESTAMP(3),
ADD COLUMN     "deleted_by_id" UUID;

-- AlterTable
ALTER TABLE "leads" ADD COLUMN     "deleted_at" TIMESTAMP(3),
ADD COLUMN     "deleted_by_id" UUID;

-- AlterTable
ALTER TABLE "opportunities" ADD COLUMN     "deleted_at" TIMESTAMP(3),
ADD COLUMN     "deleted_by_id" UUID;

-- AlterTable
ALTER TABLE "policies" ADD COLUMN     "deleted_at" TIMESTAMP(3),
ADD COLUMN     "deleted_by_id" UUID;

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "deleted_at" TIMESTAMP(3),
ADD COLUMN     "deleted_by_id" UUID;

-- CreateIndex
CREATE INDEX "activities_trash_idx" ON "activities"("organization_id", "deleted_at" DESC, "id" DESC) WHERE (deleted_at IS NOT NULL);

-- CreateIndex
CREATE INDEX "contacts_organization_id_created_at_id_search_text_idx" ON "contacts"("organization_id", "created_at" DESC, "id" DESC, "search_text") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "contacts_organization_id_owner_id_created_at_id_search_text_idx" ON "contacts"("organization_id", "owner_id", "created_at" DESC, "id" DESC, "search_text") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "contacts_trash_idx" ON "contacts"("organization_id", "deleted_at" DESC, "id" DESC) WHERE (deleted_at IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "contacts_organization_id_customer_code_key" ON "contacts"("organization_id", "customer_code") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "leads_organization_id_created_at_id_search_text_idx" ON "leads"("organization_id", "created_at" DESC, "id" DESC, "search_text") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "leads_organization_id_status_created_at_id_idx" ON "leads"("organization_id", "status", "created_at" DESC, "id" DESC) WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "leads_organization_id_owner_id_created_at_id_search_text_idx" ON "leads"("organization_id", "owner_id", "created_at" DESC, "id" DESC, "search_text") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "leads_organization_id_owner_id_status_created_at_id_idx" ON "leads"("organization_id", "owner_id", "status", "created_at" DESC, "id" DESC) WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "leads_trash_idx" ON "leads"("organization_id", "deleted_at" DESC, "id" DESC) WHERE (deleted_at IS NOT NULL);

-- CreateIndex
CREATE INDEX "opportunities_trash_idx" ON "opportunities"("organization_id", "deleted_at" DESC, "id" DESC) WHERE (deleted_at IS NOT NULL);

-- CreateIndex
CREATE INDEX "policies_trash_idx" ON "policies"("organization_id", "deleted_at" DESC, "id" DESC) WHERE (deleted_at IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "policies_organization_id_policy_number_key" ON "policies"("organization_id", "policy_number") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "tickets_trash_idx" ON "tickets"("organization_id", "deleted_at" DESC, "id" DESC) WHERE (deleted_at IS NOT NULL);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: agent_stats counts live rows only. A trashed lead or opportunity leaves its
-- owner's figures (moving to the trash is an UPDATE whose new row is not counted), a restored one
-- comes back, and a purge (DELETE of a trashed row) changes nothing. Same functions as migration
-- 20261121162703_agent_stats with `deleted_at IS NULL` on every side; the triggers are unchanged.
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION "agent_stats_leads_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(owned), array_agg(converted), array_agg(0), array_agg(0::numeric))
        FROM (SELECT owner_id, count(*)::int AS owned, count(converted_at)::int AS converted
              FROM new_rows WHERE owner_id IS NOT NULL AND deleted_at IS NULL GROUP BY owner_id) d;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(owned), array_agg(converted), array_agg(0), array_agg(0::numeric))
        FROM (SELECT owner_id, sum(owned)::int AS owned, sum(converted)::int AS converted
              FROM (SELECT owner_id, 1 AS owned, (converted_at IS NOT NULL)::int AS converted FROM new_rows WHERE deleted_at IS NULL
                    UNION ALL
                    SELECT owner_id, -1, -(converted_at IS NOT NULL)::int FROM old_rows WHERE deleted_at IS NULL) c
              WHERE owner_id IS NOT NULL GROUP BY owner_id) d;
    ELSE
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(-owned), array_agg(-converted), array_agg(0), array_agg(0::numeric))
        FROM (SELECT owner_id, count(*)::int AS owned, count(converted_at)::int AS converted
              FROM old_rows WHERE owner_id IS NOT NULL AND deleted_at IS NULL GROUP BY owner_id) d;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "agent_stats_opportunities_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(0), array_agg(0), array_agg(open), array_agg(won))
        FROM (SELECT owner_id,
                     count(*) FILTER (WHERE stage NOT IN ('closed_won', 'closed_lost'))::int AS open,
                     coalesce(sum(coalesce(value, 0)) FILTER (WHERE stage = 'closed_won'), 0) AS won
              FROM new_rows WHERE owner_id IS NOT NULL AND deleted_at IS NULL GROUP BY owner_id) d;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(0), array_agg(0), array_agg(open), array_agg(won))
        FROM (SELECT owner_id, sum(open)::int AS open, sum(won) AS won
              FROM (SELECT owner_id,
                           (stage NOT IN ('closed_won', 'closed_lost'))::int AS open,
                           CASE WHEN stage = 'closed_won' THEN coalesce(value, 0) ELSE 0 END AS won
                    FROM new_rows WHERE deleted_at IS NULL
                    UNION ALL
                    SELECT owner_id,
                           -(stage NOT IN ('closed_won', 'closed_lost'))::int,
                           CASE WHEN stage = 'closed_won' THEN -coalesce(value, 0) ELSE 0 END
                    FROM old_rows WHERE deleted_at IS NULL) c
              WHERE owner_id IS NOT NULL GROUP BY owner_id) d;
    ELSE
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(0), array_agg(0), array_agg(-open), array_agg(-won))
        FROM (SELECT owner_id,
                     count(*) FILTER (WHERE stage NOT IN ('closed_won', 'closed_lost'))::int AS open,
                     coalesce(sum(coalesce(value, 0)) FILTER (WHERE stage = 'closed_won'), 0) AS won
              FROM old_rows WHERE owner_id IS NOT NULL AND deleted_at IS NULL GROUP BY owner_id) d;
    END IF;
    RETURN NULL;
END
$$;
