import { addHouseholdMember, createHousehold, getHousehold, removeHouseholdMember, updateHousehold } from "../../services/crm/households";
import { createTRPCRouter, crmRecordProcedures, serve } from "../../trpc";
import { createHouseholdInput, householdIdInput, householdMemberInput, householdOutput, removeHouseholdMemberOutput, updateHouseholdInput } from "./households.schema";

// Households: contacts living together, around a primary contact and a shared address. Reached
// through any member the caller reaches (access/scopes/household-scope.ts).

const { read, write } = crmRecordProcedures("household");

export const householdsRouter = createTRPCRouter({
  /** The members within reach, their policies and the total premium. */
  get: read.input(householdIdInput).output(householdOutput).query(serve(getHousehold)),

  /** Groups the primary contact and any other members (each leaves a household it was in). */
  create: write.input(createHouseholdInput).output(householdOutput).mutation(serve(createHousehold)),

  /** Renames, re-addresses, or names another member the primary. */
  update: write.input(updateHouseholdInput).output(householdOutput).mutation(serve(updateHousehold)),

  addMember: write.input(householdMemberInput).output(householdOutput).mutation(serve(addHouseholdMember)),

  /** The primary's place passes to another member; a household left empty is deleted. */
  removeMember: write.input(householdMemberInput).output(removeHouseholdMemberOutput).mutation(serve(removeHouseholdMember)),
});
