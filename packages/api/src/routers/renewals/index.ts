import { createTRPCRouter } from "../../trpc";
import { batchesRouter } from "./batches";
import { casesRouter } from "./cases";
import { claimsRouter } from "./claims";
import { dashboardRouter } from "./dashboard";
import { renewalSettingsRouter } from "./settings";
import { surveysRouter } from "./surveys";

// Renewals (spec 001, issue 13): one sub-router per resource, each in its own file beside this one.
export const renewalsRouter = createTRPCRouter({
  cases: casesRouter,
  batches: batchesRouter,
  dashboard: dashboardRouter,
  settings: renewalSettingsRouter,
  claims: claimsRouter,
  surveys: surveysRouter,
});
