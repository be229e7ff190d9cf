import type { Prisma } from "@harbor/db";
import { summarySelect } from "../summary-select";

export const fileSelect = {
  id: true,
  entityType: true,
  entityId: true,
  filename: true,
  contentType: true,
  sizeBytes: true,
  createdAt: true,
  uploadedBy: summarySelect,
} as const satisfies Prisma.StoredFileSelect;

/** Where the file is downloaded (GET /api/files/<id>, file-download-http.ts). */
export const fileUrl = (id: string) => `/api/files/${id}`;

export function toFile<T extends { id: string }>(file: T) {
  return { ...file, url: fileUrl(file.id) };
}
