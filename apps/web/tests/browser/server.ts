import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { buildWeb, webBuildState, webServerArgs } from "../../../../scripts/lib.mjs";

export const appDir = path.resolve(import.meta.dirname, "../..");

/** Builds the app unless .next was built from the sources as they are now (the stamp `npm start` and `npm test` keep). */
export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  if (webBuildState().current) return;
  console.info("[browser tests] no build of the current sources, building the web app");
  await buildWeb(env);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  // The server `npm start` runs (server.ts as built): the API's handlers in front of Next.js.
  const child = spawn(process.execPath, webServerArgs(), {
    cwd: appDir,
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    // Its own process group, so stopping it stops anything it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const server: RunningServer = { url: `http://127.0.0.1:${port}`, output: () => output, stop: () => stopProcess(child) };
  try {
    await waitForHealthy(server.url, child);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return server;
}

async function waitForHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}/api/health did not become healthy within ${timeoutMs / 1000}s (last: ${last})`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(pid, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
