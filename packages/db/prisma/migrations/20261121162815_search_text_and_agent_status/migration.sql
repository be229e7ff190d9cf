-- DropIndex
DROP INDEX "contacts_company_trgm_idx";

-- DropIndex
DROP INDEX "contacts_email_trgm_idx";

-- DropIndex
DROP INDEX "contacts_name_trgm_idx";

-- DropIndex
DROP INDEX "contacts_phone_trgm_idx";

-- DropIndex
DROP INDEX "leads_company_trgm_idx";

-- DropIndex
DROP INDEX "leads_email_trgm_idx";

-- DropIndex
DROP INDEX "leads_name_trgm_idx";

-- DropIndex
DROP INDEX "leads_phone_trgm_idx";

-- AlterTable
ALTER TABLE "contacts" ADD COLUMN     "search_text" TEXT;

-- AlterTable
ALTER TABLE "leads" ADD COLUMN     "search_text" TEXT;

-- CreateIndex
CREATE INDEX "contacts_search_text_trgm_idx" ON "contacts" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "leads_organization_id_owner_id_status_created_at_id_idx" ON "leads"("organization_id", "owner_id", "status", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "leads_search_text_trgm_idx" ON "leads" USING GIN ("search_text" gin_trgm_ops);

-- DropIndex
DROP INDEX "contacts_organization_id_created_at_id_idx";

-- DropIndex
DROP INDEX "contacts_organization_id_owner_id_created_at_id_idx";

-- DropIndex
DROP INDEX "leads_organization_id_created_at_id_idx";

-- DropIndex
DROP INDEX "leads_organization_id_owner_id_created_at_id_idx";

-- CreateIndex
CREATE INDEX "contacts_organization_id_created_at_id_search_text_idx" ON "contacts"("organization_id", "created_at" DESC, "id" DESC, "search_text");

-- CreateIndex
CREATE INDEX "contacts_organization_id_owner_id_created_at_id_search_text_idx" ON "contacts"("organization_id", "owner_id", "created_at" DESC, "id" DESC, "search_text");

-- CreateIndex
CREATE INDEX "leads_organization_id_created_at_id_search_text_idx" ON "leads"("organization_id", "created_at" DESC, "id" DESC, "search_text");

-- CreateIndex
CREATE INDEX "leads_organization_id_owner_id_created_at_id_search_text_idx" ON "leads"("organization_id", "owner_id", "created_at" DESC, "id" DESC, "search_text");

-- ---------------------------------------------------------------------------------------------
-- Hand-written: search_text is kept by the database, so no write path (create, update, import,
-- conversion, seed, a script with SQL) can forget it. It is name, email, company, phone and the
-- phone's digits alone (phones arrive in every format), lowercased, one per line (a newline, which a
-- search term never contains, so a match never spans two fields); the search box matches it with
-- LIKE '%term%' (see the API's person-search).
-- Writing search_text directly only makes the trigger compute it again.
CREATE FUNCTION person_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := lower(concat_ws(E'\n', NEW.name, NEW.email, NEW.company, NEW.phone, regexp_replace(NEW.phone, '\D', '', 'g')));
  RETURN NEW;
END
$$;

CREATE TRIGGER contacts_search_text BEFORE INSERT OR UPDATE OF name, email, company, phone, search_text ON "contacts"
  FOR EACH ROW EXECUTE FUNCTION person_search_text();

CREATE TRIGGER leads_search_text BEFORE INSERT OR UPDATE OF name, email, company, phone, search_text ON "leads"
  FOR EACH ROW EXECUTE FUNCTION person_search_text();

-- Existing rows: touching search_text makes the trigger fill it in.
UPDATE "contacts" SET search_text = NULL;
UPDATE "leads" SET search_text = NULL;

-- Finer statistics for search_text: LIKE '%term%' is estimated from the column's histogram, and
-- with the default 100 buckets of long, unique strings Postgres guessed 10 matches for a term with
-- 5,000 (and then sorted all 5,000 to show 50). With 1,000 it estimates within a few percent, and
-- chooses between walking the sort index (common terms) and the trigram index (rare ones) well.
ALTER TABLE "contacts" ALTER COLUMN search_text SET STATISTICS 1000;
ALTER TABLE "leads" ALTER COLUMN search_text SET STATISTICS 1000;
