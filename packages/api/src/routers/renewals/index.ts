import { createTRPCRouter } from "../../trpc";
import { claimsRouter } from "./claims";
import { surveysRouter } from "./surveys";

export const renewalsRouter = createTRPCRouter({
  claims: claimsRouter,
  surveys: surveysRouter,
});
