export {
  appointmentReminderEffectKey,
  appointmentReminders,
  reminderWindow,
  sendAppointmentReminder,
  type AppointmentReminderKey,
  type SendAppointmentReminderInput,
} from "./appointment-reminders";
export { appointmentScope } from "./appointment-scope";
export { appointmentSelect, attendeesOf, toAppointment, type AppointmentAttendee } from "./appointment-select";
export { getAppointment } from "./get-appointment";
export { listAppointments, type ListAppointmentsInput } from "./list-appointments";
export {
  cancelAppointment,
  createAppointment,
  remindsInStatus,
  updateAppointment,
  type AppointmentFields,
  type CreateAppointmentInput,
  type UpdateAppointmentInput,
} from "./write-appointment";
