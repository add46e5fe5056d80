import { createHash } from "node:crypto";

/**
 * Whether a case goes to review under "sample p %". Deterministic: the same seed and case id always
 * give the same answer, so the ledger can record the seed and anyone can reproduce the draw.
 * The first 48 bits of SHA-256(seed, case id) are a uniform number in [0, 1).
 */
export function sampleForReview(seed: string, caseId: string, percent: number): boolean {
  if (!(percent > 0)) return false;
  if (percent >= 100) return true;
  const digest = createHash("sha256").update(`${seed}\u0000${caseId}`).digest();
  const draw = digest.readUIntBE(0, 6) / 2 ** 48;
  return draw * 100 < percent;
}
