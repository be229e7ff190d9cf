import { describe, expect, it } from "vitest";
import { allowedTypeOf, assertAllowedFile, cleanFilename, decodeFileContent } from "./file-rules";

const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n");

describe("file rules", () => {
  it("decodes base64 and refuses, before decoding, a file past the limit naming it", () => {
    expect(decodeFileContent(pdf.toString("base64"), 1024).equals(pdf)).toBe(true);
    expect(() => decodeFileContent(Buffer.alloc(2048, 1).toString("base64"), 1024)).toThrow("The file is 2 KB; the limit is 1 KB");
    expect(() => decodeFileContent(Buffer.alloc(11 * 1024 * 1024).toString("base64"), 10 * 1024 * 1024)).toThrow("the limit is 10 MB");
    expect(() => decodeFileContent("not base64!", 1024)).toThrow("content must be the file's bytes in base64");
    expect(() => decodeFileContent("", 1024)).toThrow("The file is empty");
  });

  it("accepts listed types whose name and first bytes match", () => {
    expect(assertAllowedFile("claim.pdf", "application/pdf", pdf)).toBe("application/pdf");
    expect(assertAllowedFile("notes.TXT", "text/plain; charset=utf-8", Buffer.from("hello"))).toBe("text/plain");
  });

  it("refuses unlisted types, wrong extensions and disguised content", () => {
    expect(() => assertAllowedFile("page.html", "text/html", Buffer.from("<html>"))).toThrow("Files of type text/html cannot be attached");
    expect(() => assertAllowedFile("claim.exe", "application/pdf", pdf)).toThrow("name must end in .pdf");
    expect(() => assertAllowedFile("photo.png", "image/png", Buffer.from("<script>alert(1)</script>"))).toThrow("The content is not a image/png file");
  });

  it("keeps only the last path segment of a name, without control characters or quotes", () => {
    expect(cleanFilename("../../etc/passwd")).toBe("passwd");
    expect(cleanFilename('C:\\Users\\x\\claim "final".pdf')).toBe("claim final.pdf");
    expect(() => cleanFilename("..")).toThrow("filename must name a file");
  });

  it("names the listed type of a file name's extension, or none", () => {
    expect(allowedTypeOf("Offer.PDF")).toBe("application/pdf");
    expect(allowedTypeOf("photo.jpeg")).toBe("image/jpeg");
    expect(allowedTypeOf("book.xlsx")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(allowedTypeOf("setup.exe")).toBeNull();
    expect(allowedTypeOf("README")).toBeNull();
  });
});
