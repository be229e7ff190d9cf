import { createTRPCRouter } from "../../trpc";

// The CRM: one sub-router per resource, each in its own file beside this one.
export const crmRouter = createTRPCRouter({});
