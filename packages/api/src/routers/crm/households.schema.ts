import { z } from "zod";
import { idOutput, idSchema, nameSchema, namedRecordSchema, storedJson } from "../shared.schema";
import { addressOutput, addressSchema } from "./contacts.schema";
import { policyOutput } from "./policies.schema";

export const householdIdInput = z.object({ id: idSchema });

export const createHouseholdInput = z.object({
  name: nameSchema,
  primaryContactId: idSchema,
  memberIds: z.array(idSchema).max(50).optional(),
  address: addressSchema.nullish(),
});

export const updateHouseholdInput = z.object({ id: idSchema, name: nameSchema.optional(), address: addressSchema.nullish(), primaryContactId: idSchema.optional() });

export const householdMemberInput = z.object({ id: idSchema, contactId: idSchema });

/** The household view: the members the caller reaches (primary first), each with their policies, and the totals. */
export const householdOutput = z.object({
  id: idOutput,
  name: z.string(),
  address: storedJson(addressOutput.nullable()),
  primaryContact: namedRecordSchema.nullable(),
  members: z.array(
    namedRecordSchema.extend({
      email: z.string().nullable(),
      phone: z.string().nullable(),
      dateOfBirth: z.date().nullable(),
      isPrimary: z.boolean(),
      policies: z.array(policyOutput),
    }),
  ),
  totals: z.object({ members: z.number().int(), policies: z.number().int(), premium: z.number(), activePremium: z.number() }),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const removeHouseholdMemberOutput = z.object({ id: idOutput, contactId: idOutput, householdDeleted: z.boolean() });
