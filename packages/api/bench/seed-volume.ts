import pg from "pg";

// Bulk data for the benchmark, generated inside Postgres (generate_series) so a million rows take
// seconds, not minutes of round trips. Spread over the organization's producers so record scopes
// are realistic: an agent owns about 1/6 of everything. Owners, names, companies, statuses and
// creation times are drawn at random (from a fixed seed, so every run builds the same data) rather
// than derived from the row number: derived from it, they were tied to one another (the newest
// contacts were never Garcias, one agent owned no Garcia at all), which no real book is, and which
// sent the planner's estimates and the benchmark's searches astray.

export interface VolumeOptions {
  databaseUrl: string;
  organizationId: string;
  ownerIds: string[];
  contacts: number;
  leads: number;
  activities: number;
}

const FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Mia", "Lucas", "Amelia", "Mateo", "Harper", "Ezra", "Priya", "Wei", "Fatima", "Diego", "Aisha", "Kenji"];
const LAST = ["Smith", "Johnson", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Lee", "Nguyen", "Patel", "Kim", "Okafor", "Chen", "Rivera", "Baker"];
const COMPANIES = ["Riverside Dental", "Blue Ridge Logistics", "Summit Roofing", "Harbor Bakery", "Oak & Iron Fitness", "Lakeside Veterinary", "Northwind Plumbing", "Copperline Electric", "Keystone Builders", "Cedar Grove Farms"];

export async function seedVolume(options: VolumeOptions): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const timings: Record<string, number> = {};
  const timed = async (name: string, sql: string, values: unknown[]) => {
    const started = performance.now();
    await client.query(sql, values);
    timings[name] = Math.round(performance.now() - started);
  };
  try {
    await client.query("SELECT setseed(0.42)");
    const common = [options.organizationId, options.ownerIds, FIRST, LAST, COMPANIES];
    await timed(
      "contacts",
      `INSERT INTO contacts (organization_id, owner_id, name, email, phone, company, health_score, churn_risk, last_contact_at, created_at, updated_at)
       SELECT $1::uuid, ($2::uuid[])[1 + floor(random() * array_length($2::uuid[], 1))::int],
              ($3::text[])[1 + floor(random() * 20)::int] || ' ' || ($4::text[])[1 + floor(random() * 20)::int] || ' ' || i,
              'contact' || i || '@example.com', '+1555' || lpad(i::text, 7, '0'),
              CASE WHEN random() < 1.0 / 3 THEN ($5::text[])[1 + floor(random() * 10)::int] END,
              (i * 37) % 100, (i * 53) % 100, now() - (i % 365) * interval '1 day',
              now() - random() * interval '720 hours', now()
       FROM generate_series(1, $6) AS i`,
      [...common, options.contacts],
    );
    await timed(
      "leads",
      `INSERT INTO leads (organization_id, owner_id, kind, name, email, phone, company, status, source, score, value, created_at, updated_at, last_interaction_at)
       SELECT $1::uuid, ($2::uuid[])[1 + floor(random() * array_length($2::uuid[], 1))::int],
              (CASE WHEN random() < 0.2 THEN 'recruit' ELSE 'client' END)::"LeadKind",
              ($3::text[])[1 + floor(random() * 20)::int] || ' ' || ($4::text[])[1 + floor(random() * 20)::int] || ' ' || i,
              'lead' || i || '@example.com', '+1666' || lpad(i::text, 7, '0'),
              CASE WHEN random() < 0.25 THEN ($5::text[])[1 + floor(random() * 10)::int] END,
              (ARRAY['new','contacted','qualified','appointment_set','proposal','won','lost'])[1 + floor(random() * 7)::int]::"LeadStatus",
              (ARRAY['Website','Referral','Facebook Ad','Google Ads','LinkedIn'])[1 + floor(random() * 5)::int],
              (i * 31) % 101, (i % 120) * 100,
              now() - random() * interval '10000 minutes', now(), now() - (i % 90) * interval '1 day'
       FROM generate_series(1, $6) AS i`,
      [...common, options.leads],
    );
    await timed(
      "activities",
      `WITH lead_ids AS (SELECT array_agg(id) AS ids FROM leads WHERE organization_id = $1::uuid),
            contact_ids AS (SELECT array_agg(id) AS ids FROM contacts WHERE organization_id = $1::uuid)
       INSERT INTO activities (organization_id, actor_id, lead_id, contact_id, type, title, description, occurred_at)
       SELECT $1::uuid, ($2::uuid[])[1 + i % array_length($2::uuid[], 1)],
              CASE WHEN i % 2 = 0 THEN lead_ids.ids[1 + ((i::bigint * 7919) % array_length(lead_ids.ids, 1))::int] END,
              CASE WHEN i % 2 = 1 THEN contact_ids.ids[1 + ((i::bigint * 104729) % array_length(contact_ids.ids, 1))::int] END,
              (ARRAY['note','call','email','meeting','sms'])[1 + i % 5]::"ActivityType",
              'Follow-up', 'Discussed coverage options and next steps.', now() - (i % 2000) * interval '1 hour'
       FROM generate_series(1, $3) AS i, lead_ids, contact_ids`,
      [options.organizationId, options.ownerIds, options.activities],
    );
    // A book that has been in use is vacuumed: visibility maps let counts read indexes alone.
    await client.query("VACUUM ANALYZE");
    return timings;
  } finally {
    await client.end();
  }
}
