export type { CaseContext } from "./case-context.ts";
export {
  type CaseControls,
  controlsFromControlSet,
  controlsFromWorkflow,
  REVIEWER_QUALIFICATION,
} from "./case-controls.ts";
export type { CaseRecord, StoredPassage } from "./case-row.ts";
export { CaseRunner, type CaseRunnerOptions } from "./case-runner.ts";
export {
  CASE_STATES,
  type CaseEvent,
  type CaseState,
  HUMAN_QUEUE_STATES,
  nextState,
  RUNNABLE_STATES,
} from "./case-state.ts";
export {
  type CitizenCaseView,
  type CitizenFeedback,
  caseForCitizen,
  citizenView,
  recordFeedback,
} from "./citizen-view.ts";
export { type AnswerOrigin, disclosureKey } from "./disclosure.ts";
export { eraseCasePersonalData } from "./erase-personal-data.ts";
export { newReference, type SubmittedCase, submitCase } from "./intake.ts";
export { type ResealSummary, resealPersonalData } from "./reseal-personal-data.ts";
export {
  CLAIM_MINUTES,
  caseForStaff,
  claimCase,
  type Decision,
  type DecisionResult,
  decideCase,
  editDistanceEstimate,
  type QueueFilters,
  type QueueItem,
  REJECT_REASONS,
  type RejectReason,
  revealOriginalQuestion,
  reviewersMaySeeOriginals,
  reviewQueue,
} from "./review-desk.ts";
export { openSealedText, sealText } from "./seal-text.ts";
export {
  casePersonalDataPolicy,
  createService,
  findServiceBySlug,
  type LiveWorkflow,
  listServices,
  liveWorkflow,
  publishWorkflowVersion,
  type Service,
  WorkflowDefinitionError,
  workflowVersionById,
} from "./services.ts";
export {
  type DefinitionParse,
  parseWorkflowDefinition,
  personalDataPolicy,
  type WorkflowDefinition,
  workflowDefinitionSchema,
} from "./workflow-definition.ts";
