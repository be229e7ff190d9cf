import { createTRPCRouter } from "../../trpc";
import { auditRouter } from "./audit";
import { usersRouter } from "./users";

export const adminRouter = createTRPCRouter({ users: usersRouter, audit: auditRouter });
