-- AlterEnum
ALTER TYPE "ActorType" ADD VALUE 'ai';

-- DropIndex
DROP INDEX "audit_logs_organization_id_created_at_idx";

-- AlterTable
ALTER TABLE "audit_logs" ADD COLUMN     "api_key_id" UUID;

-- CreateIndex
CREATE INDEX "audit_logs_organization_id_created_at_id_idx" ON "audit_logs"("organization_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_logs_organization_id_actor_id_created_at_id_idx" ON "audit_logs"("organization_id", "actor_id", "created_at" DESC, "id" DESC);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the audit log is append-only for the application. Any UPDATE or DELETE of an
-- audit row raises, with two exceptions that only the foreign keys perform: deleting an
-- organization removes its rows (ON DELETE CASCADE), and deleting a user blanks actor_id on theirs
-- (ON DELETE SET NULL). Both are recognized by the parent row being gone already; an UPDATE that
-- changes anything besides blanking a deleted user's actor_id still raises. TRUNCATE raises too.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION "audit_logs_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF NOT EXISTS (SELECT 1 FROM "organizations" WHERE id = OLD.organization_id) THEN
            RETURN OLD;
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        IF OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM "users" WHERE id = OLD.actor_id)
           AND (NEW.id, NEW.organization_id, NEW.actor_type, NEW.api_key_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.changes, NEW.created_at)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.organization_id, OLD.actor_type, OLD.api_key_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.changes, OLD.created_at) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_logs is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE FUNCTION "audit_logs_no_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_logs is append-only: TRUNCATE is not allowed' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "audit_logs_append_only" BEFORE UPDATE OR DELETE ON "audit_logs"
    FOR EACH ROW EXECUTE FUNCTION "audit_logs_append_only"();
CREATE TRIGGER "audit_logs_no_truncate" BEFORE TRUNCATE ON "audit_logs"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_logs_no_truncate"();
