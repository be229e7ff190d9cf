import type { Actor } from "../../../../access/actor";
import { importOwnerResolver } from "./import-owners";
import { mappedValues, validateLeadRow } from "./lead-import-row";
import type { LeadImportMapping } from "./map-lead-headers";
import type { LeadFile } from "./read-lead-file";

/**
 * The file's rows an import takes, each validated and its owner column resolved (as the importer);
 * every other row goes to `reject` with its reason. A commit and a queued import read files this way.
 */
export async function* acceptedLeadRows(actor: Actor, file: LeadFile, mapping: LeadImportMapping, reject: (row: number, message: string) => void) {
  const ownerOf = importOwnerResolver(actor);
  for await (const { row, cells } of file.rows) {
    const result = validateLeadRow(mappedValues(file.headers, mapping, cells));
    if (!result.ok) {
      reject(row, result.message);
      continue;
    }
    const owner = result.lead.ownerEmail ? await ownerOf(result.lead.ownerEmail) : null;
    if (owner && !owner.ok) {
      reject(row, owner.message);
      continue;
    }
    yield { row, lead: result.lead, ownerId: owner?.ownerId };
  }
}
