import { readFile, rm, writeFile } from "node:fs/promises";

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

/** The pid file cannot tell two servers of one process apart. */
const lockedInThisProcess = new Set<string>();

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite takes no lock on its data directory, and two processes writing one directory corrupt
 * it. A pid file beside the directory (not inside: initdb wants it empty) keeps a second server
 * away; a stale file left by a killed process is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  const pid = String(process.pid);
  if (lockedInThisProcess.has(lockFile)) {
    throw new DataDirLockedError(`${dataDir} is already served by this process`);
  }
  try {
    await writeFile(lockFile, pid, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number((await readFile(lockFile, "utf8").catch(() => "")).trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isProcessAlive(holder)) {
      throw new DataDirLockedError(
        `${dataDir} is in use by process ${holder}; stop that embedded database first`,
      );
    }
    await writeFile(lockFile, pid);
  }
  lockedInThisProcess.add(lockFile);
  return async () => {
    lockedInThisProcess.delete(lockFile);
    const holder = await readFile(lockFile, "utf8").catch(() => "");
    if (holder.trim() === pid) await rm(lockFile, { force: true });
  };
}
