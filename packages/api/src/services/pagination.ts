import { AppError } from "../errors";

// Keyset pagination over (createdAt, id): stable under inserts and served by the
// (organization_id, created_at) indexes, unlike OFFSET which reads every skipped row.

export interface CursorPosition {
  createdAt: Date;
  id: string;
}

export function encodeCursor({ createdAt, id }: CursorPosition): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw new AppError("VALIDATION_ERROR", "cursor is not valid", { fieldErrors: { cursor: ["Invalid cursor"] } });
  }
  return { createdAt, id };
}
