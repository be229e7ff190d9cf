export { checkHealth, type HealthReport } from "./check-health";
