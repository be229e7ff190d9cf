/**
 * The most calls one tRPC batch may carry: past it the server answers 400 naming the limit (each
 * call of a batch runs at once, so one request could otherwise hold every database connection).
 * The typed clients split larger batches at this size (httpBatchLink's maxItems).
 */
export const MAX_BATCH_CALLS = 20;
