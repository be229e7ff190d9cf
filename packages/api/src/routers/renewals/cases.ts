import {
  addCaseNote,
  assignCase,
  assignCases,
  caseBrief,
  escalateCase,
  getCase,
  listCases,
  logContactAttempt,
  markLost,
  markRenewed,
  openDueCases,
  updateCase,
} from "../../services/renewals/cases";
import { createTRPCRouter, requirePermission, serve, serveActor } from "../../trpc";
import {
  addCaseNoteInput,
  assignCaseInput,
  assignCasesInput,
  assignCasesOutput,
  caseBriefOutput,
  caseIdInput,
  caseOutput,
  escalateCaseInput,
  listCasesInput,
  listCasesOutput,
  logContactAttemptInput,
  markLostInput,
  markRenewedInput,
  openDueInput,
  openDueOutput,
  updateCaseInput,
} from "./cases.schema";

// Renewal cases. Who reaches a case is access/scopes/renewal-case-scope.ts (agents their assigned
// or escalated cases, managers their team's, everyone else the organization's); outside it a case
// is NOT_FOUND. Every change lands on the case timeline in its transaction.

const read = requirePermission("renewals:read");
const write = requirePermission("renewals:write", { auditEntity: "renewal_case" });
const assign = requirePermission("renewals:assign", { auditEntity: "renewal_case" });

export const casesRouter = createTRPCRouter({
  /** The worklist: filters, window 30|60|90|overdue, sorts; keyset pages with a capped first-page total. */
  list: read.input(listCasesInput).output(listCasesOutput).query(serve(listCases)),

  /** Policy and customer, people, prior vs renewal term, payment, contact attempts, timeline. */
  get: read.input(caseIdInput).output(caseOutput).query(serve(getCase)),

  /** Prior vs renewal term, the stored renewal-risk factors and a client-ready summary. */
  brief: read.input(caseIdInput).output(caseBriefOutput).query(serve(caseBrief)),

  update: write.input(updateCaseInput).output(caseOutput).mutation(serve(updateCase)),

  addNote: write.input(addCaseNoteInput).output(caseOutput).mutation(serve(addCaseNote)),

  logContactAttempt: write.input(logContactAttemptInput).output(caseOutput).mutation(serve(logContactAttempt)),

  /** Closes the case as renewed; the policy moves to its next term at the renewal premium. */
  markRenewed: write.input(markRenewedInput).output(caseOutput).mutation(serve(markRenewed)),

  /** Closes the case as lost (status failed) with its reason; the policy is not renewed. */
  markLost: write.input(markLostInput).output(caseOutput).mutation(serve(markLost)),

  assign: assign.input(assignCaseInput).output(caseOutput).mutation(serve(assignCase)),

  /** Bulk assign from the worklist: every case must be in the caller's scope. */
  assignMany: assign.input(assignCasesInput).output(assignCasesOutput).mutation(serve(assignCases)),

  escalate: requirePermission("renewals:escalate", { auditEntity: "renewal_case" }).input(escalateCaseInput).output(caseOutput).mutation(serve(escalateCase)),

  /** Opens the cases the daily job would open, now (admins). */
  openDue: requirePermission("settings:manage", { auditEntity: "renewal_case" }).input(openDueInput).output(openDueOutput).mutation(serveActor(openDueCases)),
});
