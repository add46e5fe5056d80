export {
  type CompiledObligation,
  type CompiledSetting,
  type ControlSet,
  compileControls,
} from "./compile-controls.ts";
export { canonicalJson, contentHash } from "./content-hash.ts";
export {
  compileAndStoreControlSet,
  controlSetCompiled,
  controlSetVersions,
  currentControlSet,
  meetObligation,
  type ObligationStatus,
  obligationMet,
  obligationsOf,
  type StoredControlSet,
} from "./control-set-store.ts";
export {
  bytesOf,
  type CheckedEvidence,
  checkEvidenceDocument,
  EVIDENCE_EXTENSIONS,
  type EvidenceMediaType,
  type EvidenceProblem,
  findEvidenceDocument,
  MAX_EVIDENCE_BYTES,
  type StoredEvidenceDocument,
} from "./evidence-documents.ts";
export {
  type Due,
  defaultMappingTable,
  type MappingRow,
  type MappingTable,
  type MappingTableError,
  type OwnerRole,
  parseMappingTable,
} from "./mapping-table.ts";
export { compareReviewModes, compareStrictness, mergeSetting } from "./merge-settings.ts";
export {
  baselineSettings,
  type DataClassification,
  type Disclosure,
  type ModelPolicy,
  type ReviewMode,
  type RuntimeSettings,
  type SettingName,
} from "./runtime-settings.ts";
export { sampleForReview } from "./sample-for-review.ts";
export { type SignOffOutcome, signOffAndApply } from "./sign-off-and-apply.ts";
export { type SignOffRequirement, signOffRequirement } from "./sign-off-requirement.ts";
