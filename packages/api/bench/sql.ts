import pg from "pg";

/** One statement on its own connection: the benchmarks' scratch-database setup. */
export async function sql(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** `databaseName` on the server BENCH_SERVER_URL names (default the local one): a benchmark's scratch database. */
export function scratchDatabase(databaseName: string) {
  const serverUrl = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  return { serverUrl, databaseName, databaseUrl: Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString() };
}

/** Drops the scratch database (closing its connections) and creates it empty. */
export async function recreateDatabase({ serverUrl, databaseName }: { serverUrl: string; databaseName: string }) {
  await sql(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await sql(serverUrl, `CREATE DATABASE ${databaseName}`);
}
