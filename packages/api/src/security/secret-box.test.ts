import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encryptionKeyFrom, maskSecret, openSecret, sealSecret, SecretBoxError } from "./secret-box";

const key = randomBytes(32);

describe("secret box", () => {
  it("round-trips a secret and never stores it in clear", () => {
    const sealed = sealSecret("AIzaSyExampleProviderKey123", key);
    expect(sealed).not.toContain("AIza");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(sealed, key)).toBe("AIzaSyExampleProviderKey123");
  });

  it("seals the same secret differently each time", () => {
    expect(sealSecret("same", key)).not.toBe(sealSecret("same", key));
  });

  it("refuses a tampered value and a different key", () => {
    const sealed = sealSecret("secret", key);
    const parts = sealed.split(".");
    const tampered = [...parts.slice(0, 3), Buffer.from("other").toString("base64url")].join(".");
    expect(() => openSecret(tampered, key)).toThrow(SecretBoxError);
    expect(() => openSecret(sealed, randomBytes(32))).toThrow(/current key/);
    expect(() => openSecret("plain text", key)).toThrow(/Not a sealed secret/);
  });

  it("takes HARBOR_ENCRYPTION_KEY as hex or base64, else derives from AUTH_SECRET", () => {
    const hex = key.toString("hex");
    expect(encryptionKeyFrom({ HARBOR_ENCRYPTION_KEY: hex })).toEqual(key);
    expect(encryptionKeyFrom({ HARBOR_ENCRYPTION_KEY: key.toString("base64") })).toEqual(key);
    expect(() => encryptionKeyFrom({ HARBOR_ENCRYPTION_KEY: "short" })).toThrow(/32 bytes/);
    const derived = encryptionKeyFrom({ AUTH_SECRET: "a-long-enough-auth-secret-0123456789" });
    expect(derived).toHaveLength(32);
    expect(encryptionKeyFrom({ AUTH_SECRET: "a-long-enough-auth-secret-0123456789" })).toEqual(derived);
    expect(() => encryptionKeyFrom({})).toThrow(/HARBOR_ENCRYPTION_KEY or AUTH_SECRET/);
  });

  it("masks to the last four characters", () => {
    expect(maskSecret("x9Zq")).toBe("••••x9Zq");
    expect(maskSecret(null)).toBeNull();
  });
});
