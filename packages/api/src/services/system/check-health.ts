import { db } from "@harbor/db";

export interface HealthReport {
  status: "ok" | "degraded";
  time: string;
  uptimeSeconds: number;
  database: { status: "up" | "down"; latencyMs: number };
}

export async function checkHealth(): Promise<HealthReport> {
  const started = performance.now();
  let database: HealthReport["database"];
  try {
    await db.$queryRaw`SELECT 1`;
    database = { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason stays in the server log: connection errors name hosts and databases.
    console.error("health: database check failed:", error);
    database = { status: "down", latencyMs: Math.round(performance.now() - started) };
  }
  return {
    status: database.status === "up" ? "ok" : "degraded",
    time: new Date().toISOString(),
    uptimeSeconds: Math.round(process.uptime()),
    database,
  };
}
