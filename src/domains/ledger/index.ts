export { canonicalJson } from "./canonical-json.ts";
export { checkpointStatement, signCheckpoint, verifyCheckpointSignature } from "./checkpoint.ts";
export { GENESIS_HASH, type LedgerEventBody, parseBody, sealEvent, sha256Hex } from "./event-body.ts";
export {
  accessDenied,
  agencyCreated,
  apiTokenCreated,
  apiTokenRevoked,
  defineLedgerEvent,
  knownEventTypes,
  LedgerPayloadError,
  sha256Digest,
  signedOut,
  signInFailed,
  signInSucceeded,
  userCreated,
  userRolesChanged,
  validatePayload,
} from "./event-types.ts";
export {
  EXPORT_FORMAT,
  ExportFormatError,
  type ExportHeader,
  eventLine,
  headerLine,
  splitEventLine,
  verifyExportLines,
} from "./export-format.ts";
export { Ledger, type LedgerEvent, type NewLedgerEvent } from "./ledger.ts";
export {
  loadOrCreateSigningKey,
  type SigningKey,
  signingKeyFromBase64,
  verifySignature,
} from "./signing-key.ts";
export {
  type ChainProblem,
  type ChainVerdict,
  ChainVerifier,
  type Checkpoint,
  describeProblem,
} from "./verify-chain.ts";
