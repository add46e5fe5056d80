export type {
  CitationCheck,
  CitationProblem,
  CitationSupportOptions,
  CitedSentence,
  SentenceSupport,
  SourcePassage,
} from "./check-citation-support.ts";
export { checkCitationSupport, DEFAULT_MIN_SUPPORT } from "./check-citation-support.ts";
export type { DebrisCheck, DraftDebris } from "./check-draft-debris.ts";
export { checkDeliverable, containsPlaceholders, findDraftDebris } from "./check-draft-debris.ts";
export type { CheckInputOptions } from "./check-input.ts";
export { checkInput } from "./check-input.ts";
export type { ReadabilityCheck } from "./check-readability.ts";
export { checkReadability } from "./check-readability.ts";
export type { ScopeCheckInput, ScopeThresholds, ScopeVerdict } from "./check-scope.ts";
export { checkScope, DEFAULT_SCOPE_THRESHOLDS } from "./check-scope.ts";
export { detectEmergency } from "./detect-emergency.ts";
export { detectPromptInjection } from "./detect-prompt-injection.ts";
export type { EmergencyCategory, InputGuardCode, InputGuardVerdict } from "./input-verdict.ts";
export type { ReadabilityMeasure, ReadabilityMethod } from "./readability-grade.ts";
export { readabilityGrade } from "./readability-grade.ts";
