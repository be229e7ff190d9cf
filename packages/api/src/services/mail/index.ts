export { listOutbox, type ListOutboxInput } from "./list-outbox";
export { resetMailTransport } from "./mail-transport";
export { sendMail, type SendMailInput, type SentMail } from "./send-mail";
