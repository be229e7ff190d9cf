import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { FileStore } from "./file-store";

// Attached files' bytes in an S3-compatible bucket (AWS S3, MinIO, Ceph, Cloudflare R2…), through
// AWS SDK v3. Keys are the ones the files service makes (<organizationId>/<uuid>); a key is
// written once (If-None-Match: *, as the folder store's wx). With an endpoint the bucket is
// addressed path-style (http://host:port/<bucket>/<key>), which every compatible server serves;
// checksums are sent only where the API requires them, since not every such server takes AWS's
// newer CRC headers.

export interface S3FileStoreOptions {
  bucket: string;
  region: string;
  /** A compatible server's URL; unset is AWS S3 itself. */
  endpoint?: string;
  /** Unset: the SDK's credential chain (instance role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function s3FileStore({ bucket, region, endpoint, credentials }: S3FileStoreOptions): FileStore {
  const client = new S3Client({
    region,
    endpoint,
    forcePathStyle: endpoint !== undefined,
    credentials,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
  });
  return {
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentLength: bytes.length, IfNoneMatch: "*" }));
    },
    async get(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!object.Body) throw new Error(`File ${key} came back from the bucket without a body`);
      return Buffer.from(await object.Body.transformToByteArray());
    },
    async delete(key) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        // Deleting what is already gone is done, as rm({ force: true }) is for the folder.
        if (!(error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) throw error;
      }
    },
  };
}
