import { listOutbox } from "../../services/mail";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { listOutboxInput, listOutboxOutput } from "./outbox.schema";

// The mail outbox: what Harbor sent (or, without SMTP, kept) for the organization. Without SMTP a
// developer reads reset and verification mails here; with SMTP their links are masked once sent.

export const outboxRouter = createTRPCRouter({
  /** Newest first. */
  list: requirePermission("settings:manage").input(listOutboxInput).output(listOutboxOutput).query(serve(listOutbox)),
});
