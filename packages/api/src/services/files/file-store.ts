import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { apiEnv } from "../../env";
import { s3FileStore } from "./s3-file-store";

// Where attached files' bytes live: an S3-compatible bucket when FILES_S3_BUCKET is set
// (s3-file-store.ts), else a folder on disk, FILES_DIR or the data folder's files/
// (<repo>/.harbor/files, beside the embedded database's pgdata/). Keys are made by the server
// (<organizationId>/<uuid>), never taken from a client, and are checked to stay inside the root.

export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

/** The nearest folder holding pnpm-workspace.yaml (the repository), else the working directory. */
function repositoryRoot(from = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from);
  }
}

export function defaultFilesDir(): string {
  return apiEnv().FILES_DIR ?? path.join(repositoryRoot(), ".harbor", "files");
}

export function localFileStore(root: string): FileStore {
  const pathOf = (key: string) => {
    const resolved = path.resolve(root, key);
    if (!resolved.startsWith(path.resolve(root) + path.sep)) throw new Error(`File key ${key} leaves the store`);
    return resolved;
  };
  return {
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      // wx: a key is written once; a clash is a bug, not something to overwrite.
      await writeFile(target, bytes, { flag: "wx" });
    },
    get: (key) => readFile(pathOf(key)),
    delete: (key) => rm(pathOf(key), { force: true }),
  };
}

let store: FileStore | undefined;

/** The configured store: the bucket when FILES_S3_BUCKET is set, else the folder. */
export function fileStore(): FileStore {
  return (store ??= configuredFileStore());
}

function configuredFileStore(): FileStore {
  const env = apiEnv();
  if (!env.FILES_S3_BUCKET) return localFileStore(defaultFilesDir());
  const { FILES_S3_ACCESS_KEY_ID: accessKeyId, FILES_S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  return s3FileStore({
    bucket: env.FILES_S3_BUCKET,
    region: env.FILES_S3_REGION,
    endpoint: env.FILES_S3_ENDPOINT,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  });
}

/** Forgets the store, for tests that point FILES_DIR or FILES_S3_* elsewhere. */
export function resetFileStore(): void {
  store = undefined;
}
