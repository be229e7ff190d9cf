-- CreateIndex
CREATE INDEX "policies_policy_number_trgm_idx" ON "policies" USING GIN ("policy_number" gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: a contact's search_text also holds its customer code (spec 001's agency-facing
-- reference), so the search box and the contact list find a client by code. Leads have no code
-- and keep person_search_text().
CREATE FUNCTION contact_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := lower(concat_ws(E'\n', NEW.name, NEW.email, NEW.company, NEW.phone, regexp_replace(NEW.phone, '\D', '', 'g'), NEW.customer_code));
  RETURN NEW;
END
$$;

DROP TRIGGER contacts_search_text ON "contacts";

CREATE TRIGGER contacts_search_text BEFORE INSERT OR UPDATE OF name, email, company, phone, customer_code, search_text ON "contacts"
  FOR EACH ROW EXECUTE FUNCTION contact_search_text();

UPDATE "contacts" SET search_text = NULL WHERE customer_code IS NOT NULL;
