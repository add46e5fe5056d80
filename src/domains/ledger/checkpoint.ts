import { canonicalJson } from "./canonical-json.ts";
import type { SigningKey } from "./signing-key.ts";
import { verifySignature } from "./signing-key.ts";
import type { Checkpoint } from "./verify-chain.ts";

/** The statement a checkpoint signs: "agency A's chain had event `seq` with hash `hash` at `signedAt`". */
export function checkpointStatement(checkpoint: Omit<Checkpoint, "signature">): string {
  return canonicalJson({
    agency: checkpoint.agency,
    hash: checkpoint.hash,
    keyId: checkpoint.keyId,
    seq: checkpoint.seq,
    signedAt: checkpoint.signedAt,
  });
}

export function signCheckpoint(
  key: SigningKey,
  head: { agency: string; seq: number; hash: string },
  signedAt: Date,
): Checkpoint {
  const unsigned = { ...head, signedAt: signedAt.toISOString(), keyId: key.keyId };
  return { ...unsigned, signature: key.sign(checkpointStatement(unsigned)) };
}

export function verifyCheckpointSignature(
  checkpoint: Checkpoint,
  publicKeys: ReadonlyMap<string, string>,
): boolean {
  const publicKey = publicKeys.get(checkpoint.keyId);
  return (
    publicKey !== undefined &&
    verifySignature(publicKey, checkpointStatement(checkpoint), checkpoint.signature)
  );
}
