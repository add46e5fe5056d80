import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { PlaceholderMap } from "./pseudonymise.ts";

/** One agency's keys; the highest version encrypts, any listed version decrypts. */
export interface Keyring {
  readonly agency: string;
  readonly keys: readonly { readonly version: number; readonly key: Uint8Array }[];
}

export interface EncryptedPlaceholderMap {
  readonly algorithm: "AES-256-GCM";
  readonly agency: string;
  readonly keyVersion: number;
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

export type MapDecryptionError =
  | { kind: "unknown-key-version"; keyVersion: number }
  | { kind: "wrong-agency"; expected: string; actual: string }
  | { kind: "tampered-or-wrong-key" };

export type KeyringError = { kind: "invalid-keyring"; message: string };

function newestKey(keyring: Keyring): { version: number; key: Uint8Array } | KeyringError {
  if (keyring.keys.length === 0) return { kind: "invalid-keyring", message: "keyring has no keys" };
  let newest = keyring.keys[0]!;
  for (const entry of keyring.keys) {
    if (entry.key.length !== 32)
      return { kind: "invalid-keyring", message: `key version ${entry.version} is not 32 bytes` };
    if (entry.version > newest.version) newest = entry;
  }
  return newest;
}

/** The case identifier is bound in as additional data: a map cannot be moved to another case unnoticed. */
export function encryptPlaceholderMap(
  map: PlaceholderMap,
  keyring: Keyring,
  caseId: string,
): { ok: true; value: EncryptedPlaceholderMap } | { ok: false; error: KeyringError } {
  const key = newestKey(keyring);
  if ("kind" in key) return { ok: false, error: key };
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(Buffer.from(`${keyring.agency}\u0000${caseId}\u0000${key.version}`));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(map), "utf8"), cipher.final()]);
  return {
    ok: true,
    value: {
      algorithm: "AES-256-GCM",
      agency: keyring.agency,
      keyVersion: key.version,
      iv: iv.toString("base64"),
      ciphertext: ciphertext.toString("base64"),
      tag: cipher.getAuthTag().toString("base64"),
    },
  };
}

export function decryptPlaceholderMap(
  encrypted: EncryptedPlaceholderMap,
  keyring: Keyring,
  caseId: string,
): { ok: true; value: PlaceholderMap } | { ok: false; error: MapDecryptionError } {
  if (encrypted.agency !== keyring.agency) {
    return { ok: false, error: { kind: "wrong-agency", expected: keyring.agency, actual: encrypted.agency } };
  }
  const key = keyring.keys.find((entry) => entry.version === encrypted.keyVersion);
  if (key === undefined)
    return { ok: false, error: { kind: "unknown-key-version", keyVersion: encrypted.keyVersion } };
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(encrypted.iv, "base64"));
    decipher.setAAD(Buffer.from(`${keyring.agency}\u0000${caseId}\u0000${key.version}`));
    decipher.setAuthTag(Buffer.from(encrypted.tag, "base64"));
    const plain = Buffer.concat([
      decipher.update(Buffer.from(encrypted.ciphertext, "base64")),
      decipher.final(),
    ]);
    return { ok: true, value: JSON.parse(plain.toString("utf8")) as PlaceholderMap };
  } catch {
    // GCM authentication failure: wrong key, wrong case or altered bytes. Nothing more can be said safely.
    return { ok: false, error: { kind: "tampered-or-wrong-key" } };
  }
}

/** Rotation: decrypt under whichever version sealed it, re-encrypt under the newest key. */
export function rotatePlaceholderMap(
  encrypted: EncryptedPlaceholderMap,
  keyring: Keyring,
  caseId: string,
): { ok: true; value: EncryptedPlaceholderMap } | { ok: false; error: MapDecryptionError | KeyringError } {
  const opened = decryptPlaceholderMap(encrypted, keyring, caseId);
  if (!opened.ok) return opened;
  return encryptPlaceholderMap(opened.value, keyring, caseId);
}
