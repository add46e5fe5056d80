import type { VisibilityExpression } from "./visibility-expression.ts";

/** Text in both official languages. */
export interface LocalizedText {
  en: string;
  fr: string;
}

export type QuestionType = "radiogroup" | "checkbox" | "dropdown" | "text" | "comment";

/** Risk answers raise the impact score, mitigation answers may lower it; null means not scored. */
export type ScoreArea = "risk" | "mitigation";

export interface Choice {
  value: string;
  text: LocalizedText;
  /** Points the choice carries (the number after the value's last "-", 0 if none). */
  score: number;
}

/** A condition with its source text, kept so errors and documentation can quote it. */
export interface Condition {
  source: string;
  expression: VisibilityExpression;
}

export interface Question {
  id: string;
  type: QuestionType;
  title: LocalizedText;
  choices: Choice[];
  required: boolean;
  /** The question's own condition and those of its panel and page: all must hold for it to be shown. */
  conditions: Condition[];
  scoreArea: ScoreArea | null;
  /** Largest choice for single-choice questions, sum of choices for checkboxes, 0 when not scored. */
  maxScore: number;
  pageId: string;
  pageTitle: LocalizedText;
  panelId: string | null;
}

export interface Page {
  id: string;
  title: LocalizedText;
  condition: Condition | null;
  questionIds: string[];
}

/** A loaded, validated questionnaire version: the engine never reads the raw file again. */
export interface Questionnaire {
  kind: string;
  version: string;
  pages: Page[];
  questions: Question[];
  questionById: ReadonlyMap<string, Question>;
}

export type AnswerValue = string | string[];
/** Answers as the official tool stores them: `{questionName: choiceValue | [choiceValues] | text}`. */
export type Answers = Readonly<Record<string, AnswerValue>>;
