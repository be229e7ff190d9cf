export type ImportFormat = "csv" | "xlsx";

/** The format a file name announces; null for anything the importer cannot read. */
export function importFormatOf(filename: string): ImportFormat | null {
  const extension = filename.toLowerCase().split(".").pop();
  if (extension === "csv" || extension === "txt") return "csv";
  if (extension === "xlsx") return "xlsx";
  return null;
}

/** Base64 without building one huge argument list (String.fromCharCode(...bytes) overflows the stack on big files). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

export interface ImportFile {
  filename: string;
  format: ImportFormat;
  /** CSV as text; XLSX as base64, the way the import procedures take them. */
  content: string;
  size: number;
}

/** Reads a chosen file in the browser; nothing is uploaded until the preview is asked for. */
export async function readImportFile(file: File): Promise<ImportFile> {
  const format = importFormatOf(file.name);
  if (!format) throw new Error("Choose a .csv or .xlsx file.");
  const content = format === "csv" ? await file.text() : bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return { filename: file.name, format, content, size: file.size };
}
