import type { Answers, AnswerValue, Questionnaire } from "./questionnaire.ts";
import { fail, ok, type Result } from "./result.ts";
import { isQuestionVisible } from "./visible-questions.ts";

export type AnswerErrorCode =
  | "unknown_question"
  | "wrong_shape"
  | "not_an_option"
  | "duplicate_choice"
  | "required";

export interface AnswerError {
  questionId: string;
  code: AnswerErrorCode;
  message: string;
}

/**
 * `draft` checks what is stored (unknown questions, shapes, options); `submitted` also requires every
 * visible required question. Answers on hidden questions are allowed, as in the official tool: scoring
 * reports them as warnings instead.
 */
export type ValidationMode = "draft" | "submitted";

function isEmpty(value: AnswerValue): boolean {
  return Array.isArray(value) ? value.length === 0 : value.trim() === "";
}

export function validateAnswers(
  questionnaire: Questionnaire,
  input: unknown,
  mode: ValidationMode,
): Result<Answers, AnswerError> {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return fail([
      {
        questionId: "(answers)",
        code: "wrong_shape",
        message: "answers must be an object {questionName: value}",
      },
    ]);
  }
  const errors: AnswerError[] = [];
  const answers: Record<string, AnswerValue> = {};
  for (const [questionId, value] of Object.entries(input)) {
    const question = questionnaire.questionById.get(questionId);
    if (question === undefined) {
      errors.push({
        questionId,
        code: "unknown_question",
        message: `${questionId}: no such question in ${questionnaire.kind} ${questionnaire.version}`,
      });
      continue;
    }
    const options = new Set(question.choices.map((choice) => choice.value));
    if (question.type === "checkbox") {
      if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
        errors.push({
          questionId,
          code: "wrong_shape",
          message: `${questionId}: expected a list of choice values`,
        });
        continue;
      }
      const outside = value.filter((item) => !options.has(item));
      if (outside.length > 0) {
        errors.push({
          questionId,
          code: "not_an_option",
          message: `${questionId}: ${outside.map((item) => `"${item}"`).join(", ")} not among the options (${[...options].join(", ")})`,
        });
        continue;
      }
      if (new Set(value).size !== value.length) {
        errors.push({
          questionId,
          code: "duplicate_choice",
          message: `${questionId}: a choice is checked twice`,
        });
        continue;
      }
      answers[questionId] = [...value];
    } else if (typeof value !== "string") {
      errors.push({
        questionId,
        code: "wrong_shape",
        message: `${questionId}: expected ${question.type === "text" || question.type === "comment" ? "text" : "one choice value"}`,
      });
    } else if ((question.type === "radiogroup" || question.type === "dropdown") && !options.has(value)) {
      errors.push({
        questionId,
        code: "not_an_option",
        message: `${questionId}: "${value}" is not among the options (${[...options].join(", ")})`,
      });
    } else {
      answers[questionId] = value;
    }
  }
  if (mode === "submitted" && errors.length === 0) {
    for (const question of questionnaire.questions) {
      if (!question.required || !isQuestionVisible(question, answers)) continue;
      const value = answers[question.id];
      if (value === undefined || isEmpty(value)) {
        errors.push({
          questionId: question.id,
          code: "required",
          message: `${question.id}: an answer is required ("${question.title.en}")`,
        });
      }
    }
  }
  return errors.length > 0 ? fail(errors) : ok(answers);
}
