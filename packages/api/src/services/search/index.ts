export { globalSearch, searchKinds, type ContactHit, type DealHit, type GlobalSearchInput, type GlobalSearchResult, type LeadHit, type SearchKind, type TicketHit } from "./global-search";
