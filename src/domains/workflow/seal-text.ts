import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Keyring } from "../pii/index.ts";

/**
 * Encrypts a case's personal text (the original question) with the agency's newest key (AES-256-GCM),
 * bound to the case id, so it can be shown only through code that holds the key — and erased by deleting
 * the ciphertext.
 */
/** The keyring's newest key, which seals; any listed version opens. */
export function newestKeyOf(keyring: Keyring): Keyring["keys"][number] {
  let newest = keyring.keys[0];
  if (newest === undefined) throw new Error("the agency keyring has no key");
  for (const entry of keyring.keys) if (entry.version > newest.version) newest = entry;
  return newest;
}

export function sealText(text: string, keyring: Keyring, caseId: string): string {
  const newest = newestKeyOf(keyring);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", newest.key, iv);
  cipher.setAAD(Buffer.from(`${keyring.agency}:${caseId}`));
  const ciphertext = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [
    newest.version,
    iv.toString("base64"),
    ciphertext.toString("base64"),
    cipher.getAuthTag().toString("base64"),
  ].join(".");
}

export function openSealedText(sealed: string, keyring: Keyring, caseId: string): string | undefined {
  const [version, iv, ciphertext, tag] = sealed.split(".");
  const key = keyring.keys.find((entry) => String(entry.version) === version);
  if (!key || !iv || !ciphertext || !tag) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64"));
    decipher.setAAD(Buffer.from(`${keyring.agency}:${caseId}`));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return undefined;
  }
}
