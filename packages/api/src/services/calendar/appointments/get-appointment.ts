import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/record-scope";
import { notFound } from "../../../errors";
import { appointmentScope } from "./appointment-scope";
import { appointmentSelect, toAppointment } from "./appointment-select";

export async function getAppointment({ actor, id }: { actor: Actor; id: string }) {
  const appointment = await db.appointment.findFirst({ where: within(appointmentScope(actor), { id: requireId(id) }), select: appointmentSelect });
  if (!appointment) throw notFound("Appointment");
  return toAppointment(appointment);
}
