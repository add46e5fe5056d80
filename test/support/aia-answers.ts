import { readFileSync } from "node:fs";
import { questionnaireFor } from "../../src/domains/assessment/index.ts";

const FIXTURES = new URL("../../src/domains/assessment/fixtures/aia-reference/", import.meta.url);

/** One of the official reference answer sets (see expected.json beside them for their levels). */
export function referenceAnswers(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, FIXTURES), "utf8")) as Record<string, unknown>;
}

/** Every risk question at its highest-scoring answer: the official formula then gives level IV. */
export function maximalRiskAnswers(): Record<string, unknown> {
  const questionnaire = questionnaireFor("aia");
  const answers: Record<string, unknown> = { ...referenceAnswers("answers-007.json") };
  for (const question of questionnaire.questions) {
    if (question.scoreArea !== "risk" || question.choices.length === 0) continue;
    answers[question.id] =
      question.type === "checkbox"
        ? question.choices.map((choice) => choice.value)
        : [...question.choices].sort((a, b) => b.score - a.score)[0]!.value;
  }
  return answers;
}
