-- AlterTable
ALTER TABLE "policies" ADD COLUMN     "contact_deleted_at" TIMESTAMP(3);

-- Hand-written (Prisma's schema cannot express triggers): policies.contact_deleted_at is the
-- contact's deleted_at, so policyScopeSql answers "the contact is live" from the policy row. A
-- policy takes it from its contact when inserted or moved to another contact (merge), and whatever
-- a writer puts in the column is replaced; a contact trashed or restored passes it to its policies.
CREATE FUNCTION policy_contact_deleted_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.contact_deleted_at := (SELECT deleted_at FROM contacts WHERE id = NEW.contact_id);
  RETURN NEW;
END
$$;

CREATE TRIGGER policies_contact_deleted_at BEFORE INSERT OR UPDATE OF contact_id, contact_deleted_at ON "policies"
  FOR EACH ROW EXECUTE FUNCTION policy_contact_deleted_at();

CREATE FUNCTION contact_policies_deleted_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE policies SET contact_deleted_at = NEW.deleted_at WHERE contact_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER contacts_policies_deleted_at AFTER UPDATE OF deleted_at ON "contacts"
  FOR EACH ROW WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at) EXECUTE FUNCTION contact_policies_deleted_at();

UPDATE "policies" p SET contact_deleted_at = c.deleted_at FROM "contacts" c WHERE c.id = p.contact_id AND c.deleted_at IS NOT NULL;

-- CreateIndex
CREATE INDEX "policies_live_renewal_idx" ON "policies"("organization_id", "renewal_date", "id") WHERE (deleted_at IS NULL AND contact_deleted_at IS NULL);
