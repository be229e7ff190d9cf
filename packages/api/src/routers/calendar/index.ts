import { createTRPCRouter } from "../../trpc";
import { eventsRouter } from "./events";

export const calendarRouter = createTRPCRouter({ events: eventsRouter });
