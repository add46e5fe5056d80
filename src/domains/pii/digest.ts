import { createHmac } from "node:crypto";

/**
 * A keyed digest (HMAC-SHA-256) for ledger payloads and exports: it proves which text was seen without
 * holding it. Keyed, because a bare hash of a short value (a phone number) can be reversed by trying them all.
 */
export function digestForLedger(text: string, key: Uint8Array): string {
  return `hmac-sha256:${createHmac("sha256", key).update(text, "utf8").digest("hex")}`;
}
