export { assertContactable, assertPersonContactable, DNC_TAG, findDncMatches, tagIfDoNotContact, type OutreachChannel, type PersonOutreach, type DncLookup, type DncMatch, type DncMatches } from "./check-dnc";
export { dncEntrySelect } from "./dnc-entry-select";
export { listDncEntries, type ListDncEntriesInput } from "./list-dnc-entries";
export { normalizeContactPoint, normalizeEmailAddress, normalizePhoneDigits, toE164, type ContactChannel } from "./normalize-contact-point";
export { addDncEntry, removeDncEntry, type AddDncEntryInput } from "./write-dnc-entry";
export { flagListedRecords, unflagDelistedRecords, type FlaggedRecords } from "./flag-listed-records";
