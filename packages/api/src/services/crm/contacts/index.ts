export { exportContacts } from "./export-contacts";
export { contactFilters, contactSegmentRules, relationshipHealthOf, type ContactFilter, type RelationshipHealth } from "./contact-segments";
export { contactStats } from "./get-contact-stats";
export { getContact } from "./get-contact";
export { contactSorts, listContacts, type ContactSort } from "./list-contacts";
export { communicationTypes, logCommunication, type CommunicationType } from "./log-communication";
export { createContact, deleteContact, updateContact, type ContactFields } from "./write-contact";
export { eraseContact, ERASED_NAME, REDACTED, type ErasedContact } from "./erase-contact";
export { exportContactData, type ContactDataExport } from "./export-contact-data";
