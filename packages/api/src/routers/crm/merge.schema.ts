import { z } from "zod";
import { contactMergeFields, leadMergeFields } from "../../services/crm/merge";
import { idOutput, idSchema, namedRecordSchema, personOutput } from "../shared.schema";

// crm.contacts.merge and crm.leads.merge: which record survives, which goes to the trash, and per
// field whose value the survivor keeps (its own unless "loser"); what a contact may match as a
// duplicate (crm.contacts.duplicates, crm.leads.conversionMatches).

const choiceSchema = z.enum(["survivor", "loser"], { error: "must be survivor or loser" });

const mergeInputOf = <T extends readonly [string, ...string[]]>(fields: T) =>
  z.object({
    survivorId: idSchema,
    loserId: idSchema,
    fields: z.partialRecord(z.enum(fields), choiceSchema).default({}),
  });

export const mergeContactsInput = mergeInputOf(contactMergeFields);
export const mergeLeadsInput = mergeInputOf(leadMergeFields);

export const mergeOutput = z.object({
  mergeId: idOutput,
  survivorId: idOutput,
  loserId: idOutput,
  changedFields: z.array(z.string()),
  /** How many rows moved to the survivor, per table. */
  moved: z.record(z.string(), z.number().int()),
});

export const matchReasonSchema = z.enum(["email", "phone", "nameAndDateOfBirth"]);

export const contactMatchOutput = personOutput.extend({
  dateOfBirth: z.date().nullable(),
  customerCode: z.string().nullable(),
  owner: namedRecordSchema.nullable(),
  reasons: z.array(matchReasonSchema),
});

export const contactMatchesOutput = z.object({ items: z.array(contactMatchOutput) });
