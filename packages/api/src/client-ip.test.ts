import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("takes the address the nearest proxy appended, not what the client wrote before it", () => {
    const headers = new Headers({ "x-forwarded-for": " 6.6.6.6 , 203.0.113.7" });
    expect(clientIpFrom(headers, 1)).toBe("203.0.113.7");
  });

  it("counts trusted hops from the right", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.1" });
    expect(clientIpFrom(headers, 2)).toBe("203.0.113.7");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.7" }), 3)).toBe("203.0.113.7");
  });

  it("treats no configured proxy like Next's own server, which writes the socket address", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "198.51.100.9" }), 0)).toBe("198.51.100.9");
  });

  it("falls back to x-real-ip, then to null", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.2" }), 1)).toBe("198.51.100.2");
    expect(clientIpFrom(new Headers(), 1)).toBeNull();
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "" }), 1)).toBeNull();
  });
});
