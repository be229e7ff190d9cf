import { describe, expect, it } from "vitest";
import { linkUrlSchema } from "./shared.schema";

describe("linkUrlSchema", () => {
  it.each(["https://carrier.example.com/forms?id=1", "http://intranet.local/guide", "mailto:claims@example.com"])("accepts %s", (url) => {
    expect(linkUrlSchema.safeParse(url).success).toBe(true);
  });

  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.com/x", "vbscript:msgbox"])("refuses %s", (url) => {
    expect(linkUrlSchema.safeParse(url).success).toBe(false);
  });
});
