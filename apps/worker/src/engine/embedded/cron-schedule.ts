import { Cron } from "croner";

/**
 * The next time an Inngest-style cron expression ("TZ=UTC 15 3 * * *", or without the TZ prefix,
 * meaning UTC) fires strictly after `after`.
 */
export function nextCronTime(expression: string, after: Date): Date {
  const match = /^TZ=(\S+)\s+(.+)$/.exec(expression.trim());
  const timezone = match?.[1] ?? "UTC";
  const pattern = match?.[2] ?? expression.trim();
  const next = new Cron(pattern, { timezone, paused: true }).nextRun(after);
  if (!next) throw new Error(`The cron expression "${expression}" never fires`);
  return next;
}
