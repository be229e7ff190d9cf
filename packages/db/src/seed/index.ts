export { seedDemo, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS, type SeedResult } from "./seed-demo";
export { findDemoCredentials } from "./demo-credentials";
