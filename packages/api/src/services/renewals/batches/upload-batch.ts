import { createHash } from "node:crypto";
import { db, type PolicyType } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";
import { fieldError, isUniqueViolation } from "../../../errors";
import { importLimits, mappedValues, openLeadFile } from "../../crm/leads/import";
import { batchSelect, summarizeBatch } from "./batch-summary";
import { missingColumns, suggestRenewalMapping, templateColumns, validateRenewalRow, type RowProblem } from "./renewal-file-row";
import { startBatch } from "./start-batch";

// A renewal file arrives the way crm.leads.import takes one (CSV text, XLSX base64, the same
// reader and limits) and is validated whole before anything is applied: each row checked alone,
// then across rows (a policy number twice in one file) and against the organization (agent_email
// must be an active user). Valid rows are staged in renewal_batch_rows in chunks as the file
// streams, so memory stays flat; the worker applies them (apply-batch.ts). The same file again —
// by the SHA-256 of its content — answers the first batch with duplicate: true and changes nothing.

const STAGE_CHUNK = 1_000;

export interface UploadBatchInput {
  actor: Actor;
  filename: string;
  content: string;
  policyType?: PolicyType | undefined;
}

export async function uploadBatch({ actor, filename, content, policyType }: UploadBatchInput) {
  const { organizationId } = organizationScope(actor);
  const contentHash = createHash("sha256").update(content).digest("hex");
  const existing = await db.renewalBatch.findUnique({ where: { organizationId_contentHash: { organizationId, contentHash } }, select: batchSelect });
  if (existing) return summarizeBatch(existing, true);

  const limits = importLimits();
  // Every limit is checked over the whole file before a row is staged, as the lead import does.
  for await (const row of (await openLeadFile({ filename, content, limits })).rows) void row;
  const file = await openLeadFile({ filename, content, limits });
  const mapping = suggestRenewalMapping(file.headers);
  const missing = missingColumns(mapping, Boolean(policyType));
  if (missing.length > 0) {
    const message = `The file has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""} (template: ${Object.values(templateColumns).filter((column) => column !== "customer_name").join(", ")})`;
    throw fieldError("content", message);
  }
  const agents = new Map(
    (await db.user.findMany({ where: { organizationId, status: "active" }, select: { id: true, email: true } })).map((user) => [user.email.toLowerCase(), user.id]),
  );

  const batch = await db.renewalBatch
    .create({
      data: { organizationId, uploadedById: actor.kind === "user" ? actor.userId : null, filename, contentHash, policyType: policyType ?? null, totalRecords: 0, validRecords: 0 },
      select: { id: true },
    })
    .catch(async (error: unknown) => {
      // The same file uploaded twice at once: the unique hash lets one batch in.
      if (!isUniqueViolation(error)) throw error;
      return null;
    });
  if (!batch) return summarizeBatch(await db.renewalBatch.findUniqueOrThrow({ where: { organizationId_contentHash: { organizationId, contentHash } }, select: batchSelect }), true);

  try {
    let total = 0;
    let staged: StagedRow[] = [];
    const flush = async () => {
      if (staged.length === 0) return;
      await stageRows(organizationId, batch.id, staged);
      staged = [];
    };
    for await (const { row, cells } of file.rows) {
      total += 1;
      const result = validateRenewalRow(mappedValues(file.headers, mapping, cells), policyType ?? null);
      const problems: RowProblem[] = result.ok ? [] : result.problems;
      if (result.ok && result.value.agentEmail && !agents.has(result.value.agentEmail)) problems.push({ field: "agent_email", error: `no active user with the email ${result.value.agentEmail}` });
      staged.push(
        problems.length === 0 && result.ok
          ? { row, status: "pending", field: null, error: null, data: result.value }
          : { row, status: "invalid", field: problems[0]!.field, error: problems.map((problem) => `${problem.field}: ${problem.error}`).join("; "), data: problems },
      );
      if (staged.length >= STAGE_CHUNK) await flush();
    }
    await flush();
    await rejectRepeatedPolicyNumbers(batch.id);
    const [{ valid }] = await db.$queryRaw<[{ valid: number }]>`SELECT count(*)::int AS valid FROM renewal_batch_rows WHERE batch_id = ${batch.id}::uuid AND status = 'pending'`;
    await db.renewalBatch.update({
      where: { id: batch.id },
      data: {
        totalRecords: total,
        validRecords: valid,
        failed: total - valid,
        ...(valid === 0 ? { status: "failed", message: total === 0 ? "The file has no data rows" : "No row of the file is valid", finishedAt: new Date() } : {}),
      },
    });
  } catch (error) {
    await db.renewalBatch.delete({ where: { id: batch.id } });
    throw error;
  }
  const validated = await db.renewalBatch.findUniqueOrThrow({ where: { id: batch.id }, select: batchSelect });
  if (validated.status === "validated") return startBatch({ actor, id: batch.id });
  return summarizeBatch(validated);
}

interface StagedRow {
  row: number;
  status: "pending" | "invalid";
  field: string | null;
  error: string | null;
  /** The valid row's values, or the invalid row's problems. */
  data: unknown;
}

/** A chunk of the file's rows in one INSERT over arrays, the values sent as a few array parameters rather than one parameter each. */
async function stageRows(organizationId: string, batchId: string, rows: StagedRow[]) {
  await db.$executeRaw`
    INSERT INTO renewal_batch_rows (organization_id, batch_id, row, status, field, error, data)
    SELECT ${organizationId}::uuid, ${batchId}::uuid, t.row, t.status::"RenewalBatchRowStatus", t.field, t.error, t.data::jsonb
    FROM unnest(${rows.map((row) => row.row)}::int[], ${rows.map((row) => row.status)}::text[], ${rows.map((row) => row.field)}::text[],
      ${rows.map((row) => row.error)}::text[], ${rows.map((row) => JSON.stringify(row.data))}::text[]) AS t(row, status, field, error, data)`;
}

/** A policy number on two rows of one file: the first is kept, each later one is rejected naming it. */
async function rejectRepeatedPolicyNumbers(batchId: string) {
  await db.$executeRaw`
    WITH firsts AS (
      SELECT data->>'policyNumber' AS policy_number, min(row) AS first_row FROM renewal_batch_rows
      WHERE batch_id = ${batchId}::uuid AND status = 'pending' GROUP BY 1 HAVING count(*) > 1
    )
    UPDATE renewal_batch_rows r SET status = 'invalid', field = 'policy_number',
      error = 'policy_number: ' || f.policy_number || ' is already on row ' || f.first_row,
      data = jsonb_build_array(jsonb_build_object('field', 'policy_number', 'error', f.policy_number || ' is already on row ' || f.first_row))
    FROM firsts f
    WHERE r.batch_id = ${batchId}::uuid AND r.status = 'pending' AND r.data->>'policyNumber' = f.policy_number AND r.row > f.first_row`;
}
