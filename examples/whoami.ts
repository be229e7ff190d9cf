// A script calling Harbor with an API key through the typed client.
//
//   HARBOR_API_KEY=$(npm run --silent cli -- apikey create --email admin@harbor.local)
//   HARBOR_API_KEY=$HARBOR_API_KEY node --import tsx examples/whoami.ts
//
// HARBOR_URL defaults to http://localhost:3000.
import { createHarborClient, isHarborError } from "@harbor/api/client";

const apiKey = process.env.HARBOR_API_KEY;
if (!apiKey) {
  console.error("Set HARBOR_API_KEY (npm run --silent cli -- apikey create --email admin@harbor.local)");
  process.exit(2);
}

const harbor = createHarborClient({ url: process.env.HARBOR_URL ?? "http://localhost:3000", apiKey });

const me = await harbor.auth.me.query();
console.info(`Signed in as ${me.user.name} <${me.user.email}>, ${me.user.role} at ${me.organization.name}`);
console.info(`Last login: ${me.user.lastLoginAt?.toLocaleString() ?? "never"}`); // a Date, thanks to superjson

try {
  const users = await harbor.admin.users.list.query({ limit: 10 });
  console.info(`${users.total}${users.totalCapped ? "+" : ""} users:`);
  for (const user of users.items) console.info(`  ${user.role.padEnd(10)} ${user.email}`);
} catch (error) {
  if (isHarborError(error) && error.data?.appCode === "FORBIDDEN") {
    console.info("Listing users needs the admin role.");
  } else {
    throw error;
  }
}

const keys = await harbor.settings.apiKeys.list.query();
console.info(`Your API keys: ${keys.items.map((key) => `${key.name} (${key.prefix}…)`).join(", ")}`);
