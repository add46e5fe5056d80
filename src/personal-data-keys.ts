import { hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Keyring } from "./domains/pii/index.ts";

/**
 * Keys for personal data. One master secret (in the data directory, or given by environment) derives a
 * key per agency and per key version (HKDF-SHA-256), so rotating means raising the version: new data is
 * sealed with the newest key, and old data stays readable until it is re-encrypted or erased.
 */
export interface PersonalDataKeys {
  keyring(agencyId: string): Keyring;
  /** Keys the HMAC digests that link ledger events to personal text without revealing it. */
  digestKey: Uint8Array;
}

export function loadMasterSecret(dataDir: string, fromEnvironment: string | undefined): Buffer {
  if (fromEnvironment) {
    const secret = Buffer.from(fromEnvironment, "base64");
    if (secret.length < 32)
      throw new Error("STEWARD_PERSONAL_DATA_KEY must be at least 32 bytes, base64-encoded");
    return secret;
  }
  const path = join(dataDir, "personal-data.key");
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return Buffer.from(readFileSync(path, "utf8").trim(), "base64");
}

export function personalDataKeys(master: Buffer, currentVersion: number): PersonalDataKeys {
  const cache = new Map<string, Keyring>();
  const derive = (salt: string, info: string) => new Uint8Array(hkdfSync("sha256", master, salt, info, 32));
  return {
    keyring(agencyId) {
      let keyring = cache.get(agencyId);
      if (!keyring) {
        const keys = Array.from({ length: currentVersion }, (_, index) => ({
          version: index + 1,
          key: derive(agencyId, `steward-personal-data-v${index + 1}`),
        }));
        keyring = { agency: agencyId, keys };
        cache.set(agencyId, keyring);
      }
      return keyring;
    },
    digestKey: derive("", "steward-ledger-digest"),
  };
}
