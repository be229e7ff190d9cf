import { fieldError } from "../../errors";

// What may be attached (spec 001: file type validation, 10 MB by default): documents, images and
// spreadsheets an agency exchanges about claims and renewals. The declared type must be on the
// list, the file name's extension must be one of the type's, and PDFs and images must start the
// way their format does, so an HTML page cannot arrive dressed as one. Downloads are attachments
// with nosniff whatever the type.

interface AllowedType {
  extensions: string[];
  /** The first bytes every file of the type starts with, when the format has them. */
  magic?: number[][];
}

export const allowedFileTypes: Record<string, AllowedType> = {
  "application/pdf": { extensions: ["pdf"], magic: [[0x25, 0x50, 0x44, 0x46]] },
  "image/png": { extensions: ["png"], magic: [[0x89, 0x50, 0x4e, 0x47]] },
  "image/jpeg": { extensions: ["jpg", "jpeg"], magic: [[0xff, 0xd8, 0xff]] },
  "image/gif": { extensions: ["gif"], magic: [[0x47, 0x49, 0x46, 0x38]] },
  "image/webp": { extensions: ["webp"], magic: [[0x52, 0x49, 0x46, 0x46]] },
  "text/plain": { extensions: ["txt"] },
  "text/csv": { extensions: ["csv"] },
  "application/msword": { extensions: ["doc"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { extensions: ["docx"], magic: [[0x50, 0x4b, 0x03, 0x04]] },
  "application/vnd.ms-excel": { extensions: ["xls"] },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { extensions: ["xlsx"], magic: [[0x50, 0x4b, 0x03, 0x04]] },
};

/** What the allow-list accepts, in words, for error messages here and in the web app's file picker. */
export const allowedFilesSentence = "allowed: PDF, images (PNG, JPEG, GIF, WebP), text, CSV, Word and Excel";

/** The listed type a file name's extension belongs to, if any: what the web app declares for a picked file. */
export function allowedTypeOf(filename: string): string | null {
  const extension = filename.includes(".") ? filename.split(".").pop()!.toLowerCase() : "";
  return Object.entries(allowedFileTypes).find(([, type]) => type.extensions.includes(extension))?.[0] ?? null;
}

export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;

/** The file's bytes from base64, refusing malformed text and, before decoding, anything past the limit. */
export function decodeFileContent(content: string, maxBytes: number): Buffer {
  const text = content.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw fieldError("content", "content must be the file's bytes in base64");
  const size = (text.length / 4) * 3 - (text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0);
  if (size > maxBytes) throw fieldError("content", `The file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`);
  if (size === 0) throw fieldError("content", "The file is empty");
  return Buffer.from(text, "base64");
}

/** A name safe to store and to put in a Content-Disposition header: no paths, no control characters. */
export function cleanFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 200);
  if (!cleaned || cleaned === "." || cleaned === "..") throw fieldError("filename", "filename must name a file");
  return cleaned;
}

export function assertAllowedFile(filename: string, contentType: string, bytes: Buffer): string {
  const type = contentType.toLowerCase().split(";")[0]!.trim();
  const allowed = allowedFileTypes[type];
  if (!allowed) throw fieldError("contentType", `Files of type ${type} cannot be attached; ${allowedFilesSentence}`);
  const extension = filename.includes(".") ? filename.split(".").pop()!.toLowerCase() : "";
  if (!allowed.extensions.includes(extension)) throw fieldError("filename", `A ${type} file's name must end in .${allowed.extensions.join(" or .")}`);
  if (allowed.magic && !allowed.magic.some((magic) => magic.every((byte, index) => bytes[index] === byte))) {
    throw fieldError("content", `The content is not a ${type} file`);
  }
  return type;
}
