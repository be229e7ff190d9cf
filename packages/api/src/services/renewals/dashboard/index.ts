export { rangeDays, type DashboardRange } from "./date-range";
export { renewalBatchStatus, renewalStats, renewalTrends, type DashboardFilters } from "./renewal-stats";
