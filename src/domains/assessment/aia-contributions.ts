import { choiceScore } from "./choice-score.ts";
import type { Answers, AnswerValue, LocalizedText, Questionnaire, ScoreArea } from "./questionnaire.ts";
import { isQuestionVisible } from "./visible-questions.ts";

/** What one stored answer added to the score, for the result page's explanation. */
export interface AiaContribution {
  questionId: string;
  area: ScoreArea;
  points: number;
  maxPoints: number;
  answer: AnswerValue;
  /** Labels of the chosen options in both languages. */
  answerText: LocalizedText[];
  questionTitle: LocalizedText;
  pageId: string;
  pageTitle: LocalizedText;
  /** False when the form no longer shows the question (e.g. the other phase fork): it still counts. */
  visible: boolean;
}

/** Every stored answer to a scored question, in questionnaire order, whether visible or not. */
export function aiaContributions(questionnaire: Questionnaire, answers: Answers): AiaContribution[] {
  const contributions: AiaContribution[] = [];
  for (const question of questionnaire.questions) {
    if (question.scoreArea === null || !Object.hasOwn(answers, question.id)) continue;
    const answer = answers[question.id] as AnswerValue;
    const chosen = Array.isArray(answer) ? answer : [answer];
    contributions.push({
      questionId: question.id,
      area: question.scoreArea,
      points: choiceScore(answer),
      maxPoints: question.maxScore,
      answer,
      answerText: chosen.map(
        (value) =>
          question.choices.find((choice) => choice.value === value)?.text ?? { en: value, fr: value },
      ),
      questionTitle: question.title,
      pageId: question.pageId,
      pageTitle: question.pageTitle,
      visible: isQuestionVisible(question, answers),
    });
  }
  return contributions;
}
