import type { Answers, Question, Questionnaire } from "./questionnaire.ts";
import { evaluateVisibility } from "./visibility-expression.ts";

/** Whether the form shows this question for these answers: its page, panel and own conditions all hold. */
export function isQuestionVisible(question: Question, answers: Answers): boolean {
  return question.conditions.every((condition) => evaluateVisibility(condition.expression, answers));
}

/** The questions the form shows for these answers, in questionnaire order. */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  return questionnaire.questions.filter((question) => isQuestionVisible(question, answers));
}
