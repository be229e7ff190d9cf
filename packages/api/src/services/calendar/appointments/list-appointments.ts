import { db, type AppointmentStatus, type AppointmentType, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { readModelList, type KeysetSort } from "../../pagination";
import { containsText } from "../../text-search";
import { appointmentScope } from "../../../access/scopes/appointment-scope";
import { appointmentSelect, toAppointment } from "./appointment-select";

export interface ListAppointmentsInput {
  actor: Actor;
  /** Appointments that end after `from` and start before `to`: what a calendar view of the range shows. */
  from: Date;
  to: Date;
  cursor?: string;
  limit: number;
  search?: string;
  ownerId?: string;
  status?: AppointmentStatus;
  type?: AppointmentType;
  contactId?: string;
  leadId?: string;
  opportunityId?: string;
}

// Earliest first, as a calendar reads.
const sortKey: KeysetSort<"startAt"> = { field: "startAt", direction: "asc", kind: "date" };

export async function listAppointments({ actor, from, to, cursor, limit, search, ...filters }: ListAppointmentsInput) {
  const where: Prisma.AppointmentWhereInput = within(appointmentScope(actor), {
    startAt: { lt: to },
    endAt: { gt: from },
    ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.contactId ? { contactId: filters.contactId } : {}),
    ...(filters.leadId ? { leadId: filters.leadId } : {}),
    ...(filters.opportunityId ? { opportunityId: filters.opportunityId } : {}),
    ...(search ? { OR: [{ title: containsText(search) }, { location: containsText(search) }] } : {}),
  });
  const { items, ...page } = await readModelList({ model: db.appointment, select: appointmentSelect, where, sort: sortKey, cursor, limit, search });
  return { items: items.map(toAppointment), ...page };
}
