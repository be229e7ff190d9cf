import { allowedFilesSentence, allowedTypeOf, formatBytes } from "@harbor/api/services/files/file-rules";

// What the file picker checks before sending anything, with the server's own allow-list and the
// configured size limit, so a wrong type or a file too large is refused at once and by name. The
// type sent is the listed one the name's extension belongs to: browsers report some types
// differently (a CSV is application/vnd.ms-excel on Windows), and the server checks the name,
// the type and the first bytes again.

export type FileCheck = { contentType: string } | { error: string };

export function checkFileForUpload(file: { name: string; size: number }, maxBytes: number): FileCheck {
  const contentType = allowedTypeOf(file.name);
  if (!contentType) {
    const extension = file.name.includes(".") ? `.${file.name.split(".").pop()!.toLowerCase()}` : "without an extension";
    return { error: `${file.name} cannot be attached: files ${extension.startsWith(".") ? `of type ${extension}` : extension} are not accepted (${allowedFilesSentence})` };
  }
  if (file.size === 0) return { error: `${file.name} is empty` };
  if (file.size > maxBytes) return { error: `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}` };
  return { contentType };
}
