-- CreateTable
CREATE TABLE "agent_stats" (
    "user_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "leads_owned" INTEGER NOT NULL DEFAULT 0,
    "leads_converted" INTEGER NOT NULL DEFAULT 0,
    "open_opportunities" INTEGER NOT NULL DEFAULT 0,
    "won_value" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agent_stats_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "agent_stats_organization_id_idx" ON "agent_stats"("organization_id");

-- AddForeignKey
ALTER TABLE "agent_stats" ADD CONSTRAINT "agent_stats_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_stats" ADD CONSTRAINT "agent_stats_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the triggers that keep agent_stats exact, and its backfill.
--
-- agent_stats holds, per user, what crm.agents.list used to count on every request:
--   leads_owned         leads whose owner_id is the user
--   leads_converted     of those, the ones with converted_at set
--   open_opportunities  opportunities they own whose stage is neither closed_won nor closed_lost
--   won_value           sum of the value of the opportunities they own in stage closed_won
-- Only these triggers (and the backfill below) write it. The triggers are AFTER … FOR EACH
-- STATEMENT with transition tables: a statement's old and new rows are summed into one +/- delta
-- per owner, so a 500-row import batch or a bulk reassignment costs one upsert per owner, not one
-- per row, and a write that changes none of the figures (editing a lead's notes, most imports'
-- "fill empty fields" updates) touches no agent_stats row at all, so it takes no lock on it.
--   - One trigger per event: an INSERT has no old table and a DELETE no new table.
--   - Deltas are applied in user_id order, so concurrent statements lock agent_stats rows in the
--     same order and cannot deadlock on them.
--   - Owners that no longer exist are skipped: deleting a user (or an organization) cascades to
--     agent_stats and sets owner_id to NULL on their records, and that update must not bring the
--     row back. The organization is taken from users, so the row is keyed by the user alone.
--   - TRUNCATE fires no row-level work; its triggers zero the table's columns instead.
-- Changing how a figure is defined means changing the delta queries here and the backfill.
-- ---------------------------------------------------------------------------------------------

-- Adds per-user deltas (parallel arrays, one element per user) to agent_stats, creating rows as
-- needed. All-zero deltas and users that no longer exist (or whose organization is being
-- deleted) are skipped.
CREATE FUNCTION "agent_stats_apply"(
    "user_ids" UUID[],
    "leads_owned" INTEGER[],
    "leads_converted" INTEGER[],
    "open_opportunities" INTEGER[],
    "won_value" NUMERIC[]
) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "agent_stats" AS s ("user_id", "organization_id", "leads_owned", "leads_converted", "open_opportunities", "won_value", "updated_at")
    SELECT d.user_id, u.organization_id, d.leads_owned, d.leads_converted, d.open_opportunities, d.won_value, now() AT TIME ZONE 'UTC'
    FROM unnest(user_ids, leads_owned, leads_converted, open_opportunities, won_value)
        AS d(user_id, leads_owned, leads_converted, open_opportunities, won_value)
    JOIN "users" u ON u.id = d.user_id
    JOIN "organizations" o ON o.id = u.organization_id
    WHERE d.leads_owned <> 0 OR d.leads_converted <> 0 OR d.open_opportunities <> 0 OR d.won_value <> 0
    ORDER BY d.user_id
    ON CONFLICT ("user_id") DO UPDATE SET
        "leads_owned" = s."leads_owned" + EXCLUDED."leads_owned",
        "leads_converted" = s."leads_converted" + EXCLUDED."leads_converted",
        "open_opportunities" = s."open_opportunities" + EXCLUDED."open_opportunities",
        "won_value" = s."won_value" + EXCLUDED."won_value",
        "updated_at" = EXCLUDED."updated_at"
$$;

-- leads: +1 owned (and +1 converted when converted_at is set) for every new row's owner, -1 for
-- every old row's owner; an UPDATE counts both sides, so an unchanged owner nets to zero.
CREATE FUNCTION "agent_stats_leads_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(owned), array_agg(converted), array_agg(0), array_agg(0::numeric))
        FROM (SELECT owner_id, count(*)::int AS owned, count(converted_at)::int AS converted
              FROM new_rows WHERE owner_id IS NOT NULL GROUP BY owner_id) d;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(owned), array_agg(converted), array_agg(0), array_agg(0::numeric))
        FROM (SELECT owner_id, sum(owned)::int AS owned, sum(converted)::int AS converted
              FROM (SELECT owner_id, 1 AS owned, (converted_at IS NOT NULL)::int AS converted FROM new_rows
                    UNION ALL
                    SELECT owner_id, -1, -(converted_at IS NOT NULL)::int FROM old_rows) c
              WHERE owner_id IS NOT NULL GROUP BY owner_id) d;
    ELSE
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(-owned), array_agg(-converted), array_agg(0), array_agg(0::numeric))
        FROM (SELECT owner_id, count(*)::int AS owned, count(converted_at)::int AS converted
              FROM old_rows WHERE owner_id IS NOT NULL GROUP BY owner_id) d;
    END IF;
    RETURN NULL;
END
$$;

-- opportunities: +1 open while the stage is not closed, + value while it is closed_won; new rows
-- add, old rows subtract.
CREATE FUNCTION "agent_stats_opportunities_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(0), array_agg(0), array_agg(open), array_agg(won))
        FROM (SELECT owner_id,
                     count(*) FILTER (WHERE stage NOT IN ('closed_won', 'closed_lost'))::int AS open,
                     coalesce(sum(coalesce(value, 0)) FILTER (WHERE stage = 'closed_won'), 0) AS won
              FROM new_rows WHERE owner_id IS NOT NULL GROUP BY owner_id) d;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(0), array_agg(0), array_agg(open), array_agg(won))
        FROM (SELECT owner_id, sum(open)::int AS open, sum(won) AS won
              FROM (SELECT owner_id,
                           (stage NOT IN ('closed_won', 'closed_lost'))::int AS open,
                           CASE WHEN stage = 'closed_won' THEN coalesce(value, 0) ELSE 0 END AS won
                    FROM new_rows
                    UNION ALL
                    SELECT owner_id,
                           -(stage NOT IN ('closed_won', 'closed_lost'))::int,
                           CASE WHEN stage = 'closed_won' THEN -coalesce(value, 0) ELSE 0 END
                    FROM old_rows) c
              WHERE owner_id IS NOT NULL GROUP BY owner_id) d;
    ELSE
        PERFORM "agent_stats_apply"(array_agg(owner_id), array_agg(0), array_agg(0), array_agg(-open), array_agg(-won))
        FROM (SELECT owner_id,
                     count(*) FILTER (WHERE stage NOT IN ('closed_won', 'closed_lost'))::int AS open,
                     coalesce(sum(coalesce(value, 0)) FILTER (WHERE stage = 'closed_won'), 0) AS won
              FROM old_rows WHERE owner_id IS NOT NULL GROUP BY owner_id) d;
    END IF;
    RETURN NULL;
END
$$;

-- TRUNCATE (including TRUNCATE … CASCADE reaching these tables) empties the whole table.
CREATE FUNCTION "agent_stats_leads_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "agent_stats" SET "leads_owned" = 0, "leads_converted" = 0, "updated_at" = now() AT TIME ZONE 'UTC'
    WHERE "leads_owned" <> 0 OR "leads_converted" <> 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION "agent_stats_opportunities_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "agent_stats" SET "open_opportunities" = 0, "won_value" = 0, "updated_at" = now() AT TIME ZONE 'UTC'
    WHERE "open_opportunities" <> 0 OR "won_value" <> 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER "agent_stats_leads_insert" AFTER INSERT ON "leads"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "agent_stats_leads_changed"();
CREATE TRIGGER "agent_stats_leads_update" AFTER UPDATE ON "leads"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "agent_stats_leads_changed"();
CREATE TRIGGER "agent_stats_leads_delete" AFTER DELETE ON "leads"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "agent_stats_leads_changed"();
CREATE TRIGGER "agent_stats_leads_truncate" AFTER TRUNCATE ON "leads"
    FOR EACH STATEMENT EXECUTE FUNCTION "agent_stats_leads_truncated"();

CREATE TRIGGER "agent_stats_opportunities_insert" AFTER INSERT ON "opportunities"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "agent_stats_opportunities_changed"();
CREATE TRIGGER "agent_stats_opportunities_update" AFTER UPDATE ON "opportunities"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "agent_stats_opportunities_changed"();
CREATE TRIGGER "agent_stats_opportunities_delete" AFTER DELETE ON "opportunities"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "agent_stats_opportunities_changed"();
CREATE TRIGGER "agent_stats_opportunities_truncate" AFTER TRUNCATE ON "opportunities"
    FOR EACH STATEMENT EXECUTE FUNCTION "agent_stats_opportunities_truncated"();

-- Backfill, after the triggers exist: creating them locks leads and opportunities against writes
-- until this migration commits, so no write falls between the backfill and the triggers.
INSERT INTO "agent_stats" ("user_id", "organization_id", "leads_owned", "leads_converted", "open_opportunities", "won_value", "updated_at")
SELECT u.id, u.organization_id,
       coalesce(l.owned, 0), coalesce(l.converted, 0), coalesce(p.open, 0), coalesce(p.won, 0),
       now() AT TIME ZONE 'UTC'
FROM "users" u
LEFT JOIN (SELECT owner_id, count(*)::int AS owned, count(converted_at)::int AS converted
           FROM "leads" WHERE owner_id IS NOT NULL GROUP BY owner_id) l ON l.owner_id = u.id
LEFT JOIN (SELECT owner_id,
                  count(*) FILTER (WHERE stage NOT IN ('closed_won', 'closed_lost'))::int AS open,
                  coalesce(sum(coalesce(value, 0)) FILTER (WHERE stage = 'closed_won'), 0) AS won
           FROM "opportunities" WHERE owner_id IS NOT NULL GROUP BY owner_id) p ON p.owner_id = u.id
WHERE l.owner_id IS NOT NULL OR p.owner_id IS NOT NULL;
