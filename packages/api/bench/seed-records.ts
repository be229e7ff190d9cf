import pg from "pg";

// The other lists' records for served-bench, generated inside Postgres like seed-volume.ts:
// opportunities, tasks and policies spread over the producers and tied to the seeded contacts
// and leads, and service tickets. Written once, when the organization has no opportunity yet.

export const RECORDS = { opportunities: 20_000, tasks: 20_000, policies: 20_000, tickets: 10_000 };

export async function seedRecords({ databaseUrl, organizationId }: { databaseUrl: string; organizationId: string }): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ present: boolean }>("SELECT EXISTS (SELECT 1 FROM opportunities WHERE organization_id = $1) AS present", [organizationId]);
    if (existing.rows[0]?.present) return false;
    await client.query("SELECT setseed(0.24)");
    const owners = "(SELECT array_agg(id) AS ids FROM users WHERE organization_id = $1::uuid AND role IN ('agent', 'manager'))";
    const contacts = "(SELECT array_agg(id) AS ids FROM (SELECT id FROM contacts WHERE organization_id = $1::uuid LIMIT 50000) c)";
    await client.query(
      `INSERT INTO opportunities (organization_id, owner_id, contact_id, title, value, stage, probability, priority, expected_close_date, stage_entered_at, last_activity_at, created_at, updated_at)
       SELECT $1::uuid, o.ids[1 + floor(random() * array_length(o.ids, 1))::int], c.ids[1 + floor(random() * array_length(c.ids, 1))::int],
              'Deal ' || i, (1 + floor(random() * 200)) * 100,
              (ARRAY['prospect','qualified','quoted','negotiation','closed_won','closed_lost'])[1 + floor(random() * 6)::int]::"OpportunityStage",
              floor(random() * 100)::int, (ARRAY['low','medium','high','urgent'])[1 + floor(random() * 4)::int]::"Priority",
              (now() + random() * interval '120 days')::date, now() - random() * interval '60 days', now() - random() * interval '30 days',
              now() - random() * interval '720 hours', now()
       FROM generate_series(1, $2) AS i, ${owners} o, ${contacts} c`,
      [organizationId, RECORDS.opportunities],
    );
    await client.query(
      `INSERT INTO tasks (organization_id, assignee_id, created_by_id, contact_id, title, due_at, priority, status, created_at, updated_at)
       SELECT $1::uuid, a, a, c.ids[1 + floor(random() * array_length(c.ids, 1))::int], 'Call back ' || i,
              now() + (random() * 60 - 20) * interval '1 day', (ARRAY['low','medium','high','urgent'])[1 + floor(random() * 4)::int]::"Priority",
              (ARRAY['open','in_progress','completed'])[1 + floor(random() * 3)::int]::"TaskStatus", now() - random() * interval '720 hours', now()
       FROM generate_series(1, $2) AS i, ${owners} o, ${contacts} c, LATERAL (SELECT o.ids[1 + floor(random() * array_length(o.ids, 1))::int + (i * 0)] AS a) pick`,
      [organizationId, RECORDS.tasks],
    );
    await client.query(
      `INSERT INTO policies (organization_id, contact_id, owner_id, policy_number, type, carrier, premium, start_date, end_date, renewal_date, status, renewal_risk, created_at, updated_at)
       SELECT $1::uuid, c.ids[1 + floor(random() * array_length(c.ids, 1))::int], o.ids[1 + floor(random() * array_length(o.ids, 1))::int],
              'POL-' || lpad(i::text, 7, '0'), (ARRAY['auto','home','life','health','commercial','umbrella','renters','other'])[1 + floor(random() * 8)::int]::"PolicyType",
              (ARRAY['Acme Mutual','Northstar','Bluewater','Evergreen'])[1 + floor(random() * 4)::int], (200 + floor(random() * 5000))::numeric,
              (now() - random() * interval '300 days')::date, (now() + random() * interval '365 days')::date, (now() + random() * interval '365 days')::date,
              (ARRAY['active','active','active','pending','lapsed','cancelled','expired'])[1 + floor(random() * 7)::int]::"PolicyStatus",
              floor(random() * 100)::int, now() - random() * interval '720 hours', now()
       FROM generate_series(1, $2) AS i, ${owners} o, ${contacts} c`,
      [organizationId, RECORDS.policies],
    );
    await client.query(
      `INSERT INTO tickets (organization_id, number, contact_id, assignee_id, subject, category, status, priority, last_message_at, created_at, updated_at)
       SELECT $1::uuid, i, c.ids[1 + floor(random() * array_length(c.ids, 1))::int], o.ids[1 + floor(random() * array_length(o.ids, 1))::int],
              'Question about policy ' || i, 'billing', (ARRAY['open','pending','resolved','closed'])[1 + floor(random() * 4)::int]::"TicketStatus",
              (ARRAY['low','medium','high','urgent'])[1 + floor(random() * 4)::int]::"Priority", now() - random() * interval '100 hours',
              now() - random() * interval '720 hours', now() - random() * interval '100 hours'
       FROM generate_series(1, $2) AS i, ${owners} o, ${contacts} c`,
      [organizationId, RECORDS.tickets],
    );
    await client.query("VACUUM ANALYZE opportunities, tasks, policies, tickets");
    return true;
  } finally {
    await client.end();
  }
}
