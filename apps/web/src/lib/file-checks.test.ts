import { describe, expect, it } from "vitest";
import { checkFileForUpload } from "./file-checks";

const MB = 1024 * 1024;

describe("checkFileForUpload", () => {
  it("declares the listed type of the name's extension", () => {
    expect(checkFileForUpload({ name: "Signed offer.PDF", size: 2_000 }, 10 * MB)).toEqual({ contentType: "application/pdf" });
    expect(checkFileForUpload({ name: "renewals.csv", size: 2_000 }, 10 * MB)).toEqual({ contentType: "text/csv" });
  });

  it("refuses an unlisted type, an empty file and one past the limit, by name", () => {
    expect(checkFileForUpload({ name: "setup.exe", size: 2_000 }, 10 * MB)).toEqual({
      error: "setup.exe cannot be attached: files of type .exe are not accepted (allowed: PDF, images (PNG, JPEG, GIF, WebP), text, CSV, Word and Excel)",
    });
    expect(checkFileForUpload({ name: "Makefile", size: 20 }, 10 * MB)).toMatchObject({ error: expect.stringContaining("files without an extension are not accepted") as unknown });
    expect(checkFileForUpload({ name: "blank.txt", size: 0 }, 10 * MB)).toEqual({ error: "blank.txt is empty" });
    expect(checkFileForUpload({ name: "scan.pdf", size: 12.5 * MB }, 10 * MB)).toEqual({ error: "scan.pdf is 12.5 MB; the limit is 10 MB" });
  });
});
