import { inflateRawSync } from "node:zlib";
import { formatBytes, limitExceeded } from "./import-limits";

// An .xlsx is a zip, and a zip of a few megabytes can inflate to gigabytes. Before exceljs
// inflates anything, the archive's central directory (at its end) says how large every entry
// is; a total past the limit is refused. The sizes are the archive's own claim, so each entry is
// then inflated once with its claimed size as a hard ceiling: an entry that lies is refused too.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface ArchiveEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const unreadable = (why: string) => limitExceeded(`The file could not be read as an .xlsx workbook: ${why}`);

function endOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw unreadable("it is not a zip archive");
}

function directoryEntries(bytes: Buffer): ArchiveEntry[] {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable("ZIP64 archives are not supported");
  if (offset + size > end) throw unreadable("its directory is damaged");
  const entries: ArchiveEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable("its directory is damaged");
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function entryData(bytes: Buffer, entry: ArchiveEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw unreadable(`entry ${entry.name} is damaged`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw unreadable(`entry ${entry.name} is damaged`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Refuses an archive that inflates past `maxUncompressedBytes`, without inflating more than that. */
export function assertArchiveWithinLimit(bytes: Buffer, maxUncompressedBytes: number): void {
  const entries = directoryEntries(bytes);
  const tooLarge = () => limitExceeded(`The .xlsx file unzips to more than ${formatBytes(maxUncompressedBytes)} (the limit); save fewer rows or columns per file`);
  // 0xffffffff is ZIP64's "see the extra field": at least 4 GB either way.
  const claimed = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (claimed > maxUncompressedBytes || entries.some((entry) => entry.uncompressedSize === 0xffffffff)) throw tooLarge();
  for (const entry of entries) {
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) throw unreadable(`entry ${entry.name} is damaged`);
      continue;
    }
    if (entry.method !== DEFLATED) throw unreadable(`entry ${entry.name} uses an unsupported compression method`);
    let inflated: Buffer;
    try {
      // One byte past the claim: inflating further than that means the claim was a lie.
      inflated = inflateRawSync(entryData(bytes, entry), { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge();
      throw unreadable(`entry ${entry.name} is damaged`);
    }
    if (inflated.length > entry.uncompressedSize) throw tooLarge();
    if (inflated.length < entry.uncompressedSize) throw unreadable(`entry ${entry.name} is damaged`);
  }
}
