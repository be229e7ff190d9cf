import type { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { ownerReach } from "./owned-record-scope";

/** Appointments are owned records: agents see their own, managers their team's, admins all. */
export function appointmentScope(actor: Actor): Prisma.AppointmentWhereInput {
  return ownerReach(actor);
}
