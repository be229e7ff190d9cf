import { apiEnv } from "../../../../env";
import { fieldError, type AppError } from "../../../../errors";

// How much of an uploaded lead file Harbor reads. Sign-up is open, so anyone can reach the import:
// every dimension a file can grow in is bounded, and a file past a bound is refused by name
// rather than read. Each is overridable (IMPORT_MAX_* in env.ts).

export interface ImportLimits {
  /** The file itself: a CSV's UTF-8 bytes, an XLSX's decoded bytes. */
  maxFileBytes: number;
  /** An XLSX unzipped, from its central directory and checked again while inflating. */
  maxUncompressedBytes: number;
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  /** Rejected rows listed one by one in a commit's answer; the rest are counted by reason. */
  maxErrors: number;
  /** Files with more data rows than this are staged and applied by the worker, with progress. */
  queueAboveRows: number;
}

export function importLimits(): ImportLimits {
  const env = apiEnv();
  return {
    maxFileBytes: env.IMPORT_MAX_FILE_BYTES,
    maxUncompressedBytes: env.IMPORT_MAX_UNCOMPRESSED_BYTES,
    maxRows: env.IMPORT_MAX_ROWS,
    maxColumns: env.IMPORT_MAX_COLUMNS,
    maxCellChars: env.IMPORT_MAX_CELL_CHARS,
    maxErrors: env.IMPORT_MAX_ERRORS,
    queueAboveRows: env.IMPORT_QUEUE_ABOVE_ROWS,
  };
}

export const formatBytes = (bytes: number) => (bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes.toLocaleString("en-US")} bytes`);

/** A file past one of the limits: VALIDATION_ERROR on `content`, naming the limit and its value. */
export function limitExceeded(message: string): AppError {
  return fieldError("content", message);
}
