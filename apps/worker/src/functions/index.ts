import { jobs } from "../jobs";
import { jobRunsFinisher, toInngestFunction } from "../engine/inngest-functions";

/** Every job as an Inngest function, and the one that finishes their cancelled or failed runs' records; served at /api/inngest. */
export const functions = [...jobs.map(toInngestFunction), jobRunsFinisher];
