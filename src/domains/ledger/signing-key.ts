import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The Ed25519 key that signs ledger checkpoints. */
export interface SigningKey {
  keyId: string;
  /** Base64 DER (SPKI) public key, published so auditors can check signatures. */
  publicKey: string;
  sign(message: string): string;
}

export function keyIdOf(publicKeyDer: Buffer): string {
  return createHash("sha256").update(publicKeyDer).digest("hex").slice(0, 16);
}

function fromPrivateKey(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== "ed25519") throw new Error("the ledger signing key must be Ed25519");
  const publicDer = createPublicKey(privateKey).export({ type: "spki", format: "der" });
  return {
    keyId: keyIdOf(publicDer),
    publicKey: publicDer.toString("base64"),
    sign: (message) => sign(null, Buffer.from(message), privateKey).toString("base64"),
  };
}

/** Key from the environment (base64 PKCS#8 DER) — for deployments that keep keys in a secret store. */
export function signingKeyFromBase64(pkcs8: string): SigningKey {
  return fromPrivateKey(
    createPrivateKey({ key: Buffer.from(pkcs8, "base64"), format: "der", type: "pkcs8" }),
  );
}

/** Key kept in the data directory (created on first use, readable by its owner only). */
export function loadOrCreateSigningKey(directory: string): SigningKey {
  const path = join(directory, "ledger-signing-key.pem");
  if (!existsSync(path)) {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync("ed25519");
    writeFileSync(path, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
  }
  return fromPrivateKey(createPrivateKey(readFileSync(path)));
}

export function verifySignature(publicKey: string, message: string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, "base64"), format: "der", type: "spki" });
    return verify(null, Buffer.from(message), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
