export {
  type DetectionResult,
  type DetectOptions,
  defaultRecognisers,
  detectPersonalData,
  type InputTooLarge,
} from "./detect-personal-data.ts";
export type { Detection, Recogniser } from "./detection.ts";
export { digestForLedger } from "./digest.ts";
export { type EntityType, entityTypes, isEntityType, type NationalIdCountry } from "./entity-type.ts";
export {
  accumulateTokenScores,
  createEvaluationScores,
  type EvaluationScores,
  type LabelledSpan,
  precisionRecallF,
  type TypeScore,
} from "./evaluation.ts";
export { checkLeak, type Leak, type LeakCheck } from "./leak-check.ts";
export {
  decryptPlaceholderMap,
  type EncryptedPlaceholderMap,
  encryptPlaceholderMap,
  type Keyring,
  type KeyringError,
  type MapDecryptionError,
  rotatePlaceholderMap,
} from "./placeholder-map-encryption.ts";
export {
  defaultPiiPolicy,
  type PiiPolicy,
  type PolicyResult,
  parsePiiPolicy,
  piiPolicySchema,
} from "./policy.ts";
export {
  emptyPlaceholderMap,
  type PlaceholderEntry,
  type PlaceholderMap,
  type Pseudonymised,
  pseudonymise,
  restore,
} from "./pseudonymise.ts";
export { resolveOverlaps } from "./resolve-overlaps.ts";
export {
  type DetectionRecord,
  type JsonLinesError,
  scanJsonLines,
  toDetectionRecord,
  writeDetectionLines,
} from "./scan-stream.ts";
export {
  createPiiStageGuard,
  type GuardedOutput,
  type PiiStageGuard,
  type ProtectedText,
} from "./stage-guard.ts";
