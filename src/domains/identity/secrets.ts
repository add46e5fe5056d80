import { createHash, randomBytes } from "node:crypto";

/** A random secret with 256 bits of entropy, URL-safe. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/**
 * Session and API tokens are high-entropy random values, so a fast SHA-256 is enough to store them
 * safely (no dictionary to try); passwords, which are low-entropy, use argon2.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
