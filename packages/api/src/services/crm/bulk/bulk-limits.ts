/** The most records one bulk action takes, by ids or through a filter. */
export const BULK_MAX_RECORDS = 5_000;
