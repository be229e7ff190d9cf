import { defineConfig } from "prisma/config";
import { readDbEnv } from "./src/env";

// Harbor's migration tool (src/migrate) and scripts/generate.mjs use these same folders.
// `prisma generate` needs no database, so the URL is passed on only when it is set (for tools
// such as `prisma studio`).
const { DATABASE_URL } = readDbEnv();

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  ...(DATABASE_URL ? { datasource: { url: DATABASE_URL } } : {}),
});
