import { globalSearch } from "../services/search";
import { createTRPCRouter, requirePermission, serve } from "../trpc";
import { globalSearchInput, globalSearchOutput } from "./search.schema";

export const searchRouter = createTRPCRouter({
  /** Contacts (also by customer code), leads, deals, tickets, policies by number and published knowledge matching `q`, within the caller's record scope; `type` narrows to one kind. */
  global: requirePermission("crm:read").input(globalSearchInput).output(globalSearchOutput).query(serve(globalSearch)),
});
