import { db } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { requireId, within } from "../../../../access/organization-scope";
import { leadImportScope } from "../../../../access/scopes/lead-import-scope";
import { AppError, notFound } from "../../../../errors";
import { publish } from "../../../../realtime";
import { auditedTransaction, describePendingAudit } from "../../../audit";
import { rescoreLeads } from "../../../scores";
import { trashMark } from "../../trash/trash-mark";

// Undo of a lead import (crm.leads.imports.undo), in one audited transaction: the leads it
// created go to the trash (the trash's own mark, so /crm/trash restores them), the leads it
// filled get the values they had before back — unless the lead changed after the import (its
// updated_at is no longer the one the import left), then it is left alone and reported skipped —
// and the import is marked undone, once. A queued import still running cannot be undone.

/** How many skipped leads the answer names; skippedCount counts them all. */
const MAX_LISTED_SKIPS = 100;

type SkipReason = "changed after the import" | "in the trash" | "deleted";

export async function undoLeadImport({ actor, id }: { actor: Actor; id: string }) {
  const found = await db.leadImport.findFirst({ where: within(leadImportScope(actor), { id: requireId(id) }), select: { id: true, organizationId: true } });
  if (!found) throw notFound("Lead import");
  const importId = found.id;
  const organizationId = found.organizationId;
  const now = new Date();

  const outcome = await auditedTransaction(
    async (tx) => {
      // Marks the import first: the row lock makes a second undo wait, then find it undone.
      const { count } = await tx.leadImport.updateMany({
        where: { id: importId, undoneAt: null, status: { in: ["completed", "failed"] } },
        data: { undoneAt: now, undoneById: actor.kind === "user" ? actor.userId : null },
      });
      if (count === 0) {
        const current = await tx.leadImport.findUniqueOrThrow({ where: { id: importId }, select: { status: true, undoneAt: true } });
        if (current.undoneAt) throw new AppError("CONFLICT", "This import has already been undone");
        throw new AppError("CONFLICT", `This import is still ${current.status === "queued" ? "queued" : "running"}; undo it once it has finished`);
      }

      const createdIds = (await tx.leadImportChange.findMany({ where: { importId, kind: "created" }, select: { leadId: true } })).map((row) => row.leadId);
      const liveCreated = (await tx.lead.findMany({ where: { id: { in: createdIds }, organizationId, deletedAt: null }, select: { id: true } })).map((row) => row.id);
      const { count: trashed } = await tx.lead.updateMany({ where: { id: { in: liveCreated }, organizationId, deletedAt: null }, data: trashMark(actor, now) });

      // Each filled lead gets the values from before the import's first change to it, if the
      // import's last change to it is still the lead's latest.
      const reverted = await tx.$queryRaw<{ id: string }[]>`
        WITH firsts AS (
          SELECT DISTINCT ON (lead_id) lead_id, previous FROM lead_import_changes
          WHERE import_id = ${importId}::uuid AND kind = 'updated' ORDER BY lead_id, written_at, id
        ), lasts AS (
          SELECT lead_id, max(written_at) AS written_at FROM lead_import_changes
          WHERE import_id = ${importId}::uuid AND kind = 'updated' GROUP BY lead_id
        )
        UPDATE leads AS l SET
          email = CASE WHEN f.previous -> 'email' IS NOT NULL THEN f.previous ->> 'email' ELSE l.email END,
          phone = CASE WHEN f.previous -> 'phone' IS NOT NULL THEN f.previous ->> 'phone' ELSE l.phone END,
          company = CASE WHEN f.previous -> 'company' IS NOT NULL THEN f.previous ->> 'company' ELSE l.company END,
          job_title = CASE WHEN f.previous -> 'jobTitle' IS NOT NULL THEN f.previous ->> 'jobTitle' ELSE l.job_title END,
          source = CASE WHEN f.previous -> 'source' IS NOT NULL THEN f.previous ->> 'source' ELSE l.source END,
          value = CASE WHEN f.previous -> 'value' IS NOT NULL THEN (f.previous ->> 'value')::numeric ELSE l.value END,
          budget = CASE WHEN f.previous -> 'budget' IS NOT NULL THEN (f.previous ->> 'budget')::numeric ELSE l.budget END,
          city = CASE WHEN f.previous -> 'city' IS NOT NULL THEN f.previous ->> 'city' ELSE l.city END,
          timeline = CASE WHEN f.previous -> 'timeline' IS NOT NULL THEN f.previous ->> 'timeline' ELSE l.timeline END,
          preferred_channel = CASE WHEN f.previous -> 'preferredChannel' IS NOT NULL THEN f.previous ->> 'preferredChannel' ELSE l.preferred_channel END,
          notes = CASE WHEN f.previous -> 'notes' IS NOT NULL THEN f.previous ->> 'notes' ELSE l.notes END,
          tags = CASE WHEN jsonb_typeof(f.previous -> 'tags') = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(f.previous -> 'tags')) ELSE l.tags END,
          updated_at = ${now.toISOString()}::timestamp
        FROM firsts AS f JOIN lasts AS s USING (lead_id)
        WHERE l.id = f.lead_id AND l.organization_id = ${organizationId}::uuid AND l.deleted_at IS NULL
          AND l.updated_at = s.written_at AND l.id <> ALL (${createdIds}::uuid[])
        RETURNING l.id`;
      const revertedIds = new Set(reverted.map((row) => row.id));

      // What was left alone, and why.
      const created = new Set(createdIds);
      const skippedRows = await tx.$queryRaw<{ id: string; name: string | null; deletedAt: Date | null }[]>`
        SELECT c.lead_id AS id, l.name, l.deleted_at AS "deletedAt"
        FROM (SELECT DISTINCT lead_id FROM lead_import_changes WHERE import_id = ${importId}::uuid AND kind = 'updated') AS c
        LEFT JOIN leads AS l ON l.id = c.lead_id
        WHERE c.lead_id <> ALL (${[...revertedIds]}::uuid[]) AND c.lead_id <> ALL (${createdIds}::uuid[])
        ORDER BY l.name, c.lead_id`;
      const skipped: { leadId: string; name: string | null; reason: SkipReason }[] = skippedRows.map((row) => ({
        leadId: row.id,
        name: row.name,
        reason: row.name === null ? "deleted" : row.deletedAt ? "in the trash" : "changed after the import",
      }));
      const alreadyTrashed = createdIds.filter((leadId) => created.has(leadId) && !liveCreated.includes(leadId));
      describePendingAudit({ outcome: { trashed, reverted: revertedIds.size, skipped: skipped.length } });
      return { id: importId, trashed, reverted: revertedIds.size, skipped, alreadyTrashed: alreadyTrashed.length, revertedIds: [...revertedIds] };
    },
    { timeout: 60_000 },
  );

  if (outcome.revertedIds.length > 0) await rescoreLeads({ actor, ids: outcome.revertedIds });
  if (outcome.trashed + outcome.reverted > 0) {
    await publish({ name: "lead:updated", organizationId, userIds: [], data: { change: "imported", importId, undone: true } });
  }
  return {
    id: importId,
    undoneAt: now,
    trashed: outcome.trashed,
    reverted: outcome.reverted,
    /** Created leads someone had already put in the trash (left there). */
    alreadyTrashed: outcome.alreadyTrashed,
    skippedCount: outcome.skipped.length,
    skipped: outcome.skipped.slice(0, MAX_LISTED_SKIPS),
  };
}

export type UndoLeadImportResult = Awaited<ReturnType<typeof undoLeadImport>>;
