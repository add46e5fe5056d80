export { type AiaContribution, aiaContributions } from "./aia-contributions.ts";
export { aiaVersions, loadAiaQuestionnaire } from "./aia-questionnaires.ts";
export {
  type AiaSavedFile,
  exportAiaAnswers,
  type ImportedAnswers,
  importAiaAnswers,
} from "./aia-saved-file.ts";
export { assessmentSignedOff, assessmentStarted, assessmentSubmitted } from "./assessment-events.ts";
export {
  type AssessmentResults,
  type DraftAssessment,
  type SubmittedAssessment,
  saveDraft,
  submitAssessment,
} from "./assessment-record.ts";
export {
  effectiveAssessments,
  findAssessment,
  type QuestionnaireKind,
  questionnaireFor,
  type StoredAssessment,
  type StoredResult,
  saveAssessmentDraft,
  signOffAssessment,
  startAssessment,
  submitStoredAssessment,
} from "./assessment-store.ts";
export { choiceScore } from "./choice-score.ts";
export { type EuObligation, type EuObligationId, euObligations } from "./eu-ai-act-obligations.ts";
export { type DefinitionError, loadQuestionnaire } from "./load-questionnaire.ts";
export type {
  Answers,
  AnswerValue,
  Choice,
  LocalizedText,
  Page,
  Question,
  Questionnaire,
  ScoreArea,
} from "./questionnaire.ts";
export type { Result } from "./result.ts";
export { type AiaScore, type AiaWarning, type ImpactLevel, scoreAia } from "./score-aia.ts";
export {
  type EuAiActScreening,
  type EuRiskCategory,
  loadEuAiActQuestionnaire,
  screenEuAiAct,
} from "./screen-eu-ai-act.ts";
export { type AnswerError, type ValidationMode, validateAnswers } from "./validate-answers.ts";
export {
  evaluateVisibility,
  parseVisibilityExpression,
  type VisibilityExpression,
} from "./visibility-expression.ts";
export { isQuestionVisible, visibleQuestions } from "./visible-questions.ts";
