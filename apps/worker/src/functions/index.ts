import { jobs } from "../jobs";
import { toInngestFunction } from "../engine/inngest-functions";

/** Every job as an Inngest function; the worker serves these at /api/inngest. */
export const functions = jobs.map(toInngestFunction);
