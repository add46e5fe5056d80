import type { Answers, Questionnaire } from "./questionnaire.ts";
import { fail, ok, type Result } from "./result.ts";
import type { AiaScore } from "./score-aia.ts";
import type { EuAiActScreening } from "./screen-eu-ai-act.ts";
import { type AnswerError, validateAnswers } from "./validate-answers.ts";

/** A saved, resumable set of answers: may be incomplete, never scored as final. */
export interface DraftAssessment {
  status: "draft";
  questionnaireKind: string;
  questionnaireVersion: string;
  answers: Answers;
  /** Page to resume on. */
  currentPage: number;
}

/** A submitted assessment: validated as complete and frozen; changing it means a new assessment. */
export interface SubmittedAssessment {
  status: "submitted";
  questionnaireKind: string;
  questionnaireVersion: string;
  answers: Readonly<Answers>;
  submittedBy: string;
  submittedAt: string;
}

export function saveDraft(
  questionnaire: Questionnaire,
  input: unknown,
  currentPage = 0,
): Result<DraftAssessment, AnswerError> {
  const answers = validateAnswers(questionnaire, input, "draft");
  if (!answers.ok) return answers;
  return ok({
    status: "draft",
    questionnaireKind: questionnaire.kind,
    questionnaireVersion: questionnaire.version,
    answers: answers.value,
    currentPage,
  });
}

/**
 * Turns a draft into a submitted assessment, or returns every error and nothing else: a submission is
 * all or nothing. The version must match so a draft is never silently re-read under another definition.
 */
export function submitAssessment(
  questionnaire: Questionnaire,
  draft: DraftAssessment,
  by: { userId: string; at: string },
): Result<SubmittedAssessment, AnswerError> {
  if (
    draft.questionnaireKind !== questionnaire.kind ||
    draft.questionnaireVersion !== questionnaire.version
  ) {
    return fail([
      {
        questionId: "(questionnaire)",
        code: "wrong_shape",
        message: `draft answers ${draft.questionnaireKind} ${draft.questionnaireVersion}, not ${questionnaire.kind} ${questionnaire.version}`,
      },
    ]);
  }
  const answers = validateAnswers(questionnaire, draft.answers, "submitted");
  if (!answers.ok) return answers;
  return ok(
    deepFreeze({
      status: "submitted",
      questionnaireKind: questionnaire.kind,
      questionnaireVersion: questionnaire.version,
      answers: answers.value,
      submittedBy: by.userId,
      submittedAt: by.at,
    }),
  );
}

/** What the controls compiler reads: the outcome of each submitted questionnaire. */
export interface AssessmentResults {
  aia?: Pick<AiaScore, "level" | "questionnaireVersion"> | undefined;
  euAiAct?: Pick<EuAiActScreening, "category" | "obligations"> | undefined;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
