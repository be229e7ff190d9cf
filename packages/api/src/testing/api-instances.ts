import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface ApiInstance {
  url: string;
  stop(): Promise<void>;
}

const entry = path.resolve(import.meta.dirname, "../serve/api-instance.ts");

/** Starts serve/api-instance.ts as a process of its own on a free port, against `databaseUrl`. */
export function startApiInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiInstance> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: path.dirname(entry),
    env: { ...process.env, DATABASE_URL: databaseUrl, API_INSTANCE_PORT: "0", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`the API instance did not start within 90 s:\n${output}`)), 90_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening (\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
    child.once("exit", (code) => fail(new Error(`the API instance exited (${code}):\n${output}`)));
  });
}
