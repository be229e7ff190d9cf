import { createTRPCRouter } from "../../trpc";
import { bulkRouter } from "./bulk";
import { contactsRouter } from "./contacts";
import { dncRouter } from "./dnc";
import { householdsRouter } from "./households";
import { leadsRouter } from "./leads";
import { opportunitiesRouter } from "./opportunities";
import { policiesRouter } from "./policies";
import { tasksRouter } from "./tasks";
import { agentsRouter } from "./agents";
import { knowledgeRouter } from "./knowledge";
import { teamsRouter } from "./teams";
import { ticketsRouter } from "./tickets";
import { trainingRouter } from "./training";
import { notesRouter, trashRouter } from "./trash";

// The CRM: one sub-router per resource, each in its own file beside this one.
export const crmRouter = createTRPCRouter({
  contacts: contactsRouter,
  households: householdsRouter,
  policies: policiesRouter,
  opportunities: opportunitiesRouter,
  tasks: tasksRouter,
  teams: teamsRouter,
  agents: agentsRouter,
  tickets: ticketsRouter,
  knowledge: knowledgeRouter,
  training: trainingRouter,
  leads: leadsRouter,
  dnc: dncRouter,
  notes: notesRouter,
  trash: trashRouter,
  bulk: bulkRouter,
});
