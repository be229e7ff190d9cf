import { afterAll, beforeAll } from "vitest";
import { resetApiEnv } from "../env";

/** Sets environment variables and returns what puts the previous values back (unset ones unset). */
export function overrideEnv(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * Environment variables for the tests of a file (or describe block): set before them, with the
 * API's environment re-read, and put back after them. Pass a function for values known only once
 * an earlier beforeAll has run (a stand-in's address); `onChange` runs after each switch, for what
 * holds on to the environment (the file store).
 */
export function useApiEnv(values: Record<string, string> | (() => Record<string, string>), { onChange }: { onChange?: () => void } = {}): void {
  let restore = () => {};
  beforeAll(() => {
    restore = overrideEnv(typeof values === "function" ? values() : values);
    resetApiEnv();
    onChange?.();
  });
  afterAll(() => {
    restore();
    resetApiEnv();
    onChange?.();
  });
}
