import type { z } from "zod";
import { choiceScore } from "./choice-score.ts";
import type {
  Choice,
  Condition,
  LocalizedText,
  Page,
  Question,
  Questionnaire,
  QuestionType,
  ScoreArea,
} from "./questionnaire.ts";
import { fail, ok, type Result } from "./result.ts";
import { type localizableSchema, type RawElement, surveySchema } from "./surveyjs-schema.ts";
import { parseVisibilityExpression, referencedQuestions } from "./visibility-expression.ts";

export interface DefinitionError {
  /** Where in the file, e.g. `pages[3] riskProfile > riskProfilePanel-RS > riskProfile2`. */
  path: string;
  message: string;
}

function localized(value: z.infer<typeof localizableSchema> | undefined, fallback: string): LocalizedText {
  if (value === undefined) return { en: fallback, fr: fallback };
  if (typeof value === "string") return { en: value, fr: value };
  return { en: value.default, fr: value.fr ?? value.default };
}

/** The official tool's rule: the element's own name suffix decides, else its container's (-RS, -MS, -NS). */
function suffixArea(name: string): ScoreArea | "none" | undefined {
  if (name.endsWith("-RS")) return "risk";
  if (name.endsWith("-MS")) return "mitigation";
  if (name.endsWith("-NS")) return "none";
  return undefined;
}

function scoreAreaOf(type: QuestionType, name: string, containerName: string): ScoreArea | null {
  if (type !== "radiogroup" && type !== "checkbox" && type !== "dropdown") return null;
  const area = suffixArea(name) ?? suffixArea(containerName);
  return area === "risk" || area === "mitigation" ? area : null;
}

function maxScoreOf(type: QuestionType, choices: Choice[]): number {
  if (type === "checkbox") return choices.reduce((sum, choice) => sum + choice.score, 0);
  return choices.reduce((max, choice) => Math.max(max, choice.score), 0);
}

/** Readable location of a zod issue: page and element names instead of bare indexes. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = raw;
  for (const key of path) {
    node =
      node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") {
      const name = node !== null && typeof node === "object" ? (node as { name?: unknown }).name : undefined;
      parts.push(typeof name === "string" ? `${name}` : `[${key}]`);
    } else if (key !== "pages" && key !== "elements") {
      parts.push(String(key));
    }
  }
  return parts.join(" > ") || "(file)";
}

/**
 * Validates a SurveyJS-style questionnaire file and turns it into the engine's model. Every problem is
 * reported (not just the first), each naming the page, panel and question it concerns.
 */
export function loadQuestionnaire(
  raw: unknown,
  meta: { kind: string; version: string },
): Result<Questionnaire, DefinitionError> {
  const parsed = surveySchema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({ path: describePath(raw, issue.path), message: issue.message })),
    );
  }
  const errors: DefinitionError[] = [];
  const questions: Question[] = [];
  const pages: Page[] = [];

  const condition = (source: string | undefined, path: string): Condition | null => {
    if (source === undefined || source.trim() === "") return null;
    const expression = parseVisibilityExpression(source);
    if (!expression.ok) {
      for (const error of expression.errors) errors.push({ path, message: `visibleIf: ${error.message}` });
      return null;
    }
    return { source: source.trim(), expression: expression.value };
  };

  for (const rawPage of parsed.data.pages) {
    const pageTitle = localized(rawPage.title, rawPage.name);
    const pageCondition = condition(rawPage.visibleIf, rawPage.name);
    const page: Page = { id: rawPage.name, title: pageTitle, condition: pageCondition, questionIds: [] };
    pages.push(page);

    const visit = (
      elements: RawElement[],
      inherited: Condition[],
      containerName: string,
      panelId: string | null,
    ) => {
      for (const element of elements) {
        const path = [rawPage.name, panelId, element.name].filter((part) => part !== null).join(" > ");
        const own = condition(element.visibleIf, path);
        const conditions = own === null ? inherited : [...inherited, own];
        if (element.type === "panel") {
          visit(element.elements ?? [], conditions, element.name, element.name);
          continue;
        }
        if (element.type === "html") continue;
        const type = element.type as QuestionType;
        const isChoice = type === "radiogroup" || type === "checkbox" || type === "dropdown";
        if (isChoice && (element.choices === undefined || element.choices.length === 0)) {
          errors.push({ path, message: `a ${type} question needs at least one choice` });
        }
        const choices: Choice[] = (element.choices ?? []).map((choice) => {
          const value = typeof choice === "string" ? choice : choice.value;
          const text = typeof choice === "string" ? undefined : choice.text;
          return { value, text: localized(text, value), score: choiceScore(value) };
        });
        const seen = new Set<string>();
        for (const choice of choices) {
          if (seen.has(choice.value))
            errors.push({ path, message: `duplicate choice value "${choice.value}"` });
          seen.add(choice.value);
        }
        const scoreArea = scoreAreaOf(type, element.name, containerName);
        questions.push({
          id: element.name,
          type,
          title: localized(element.title, element.name),
          choices,
          required: element.isRequired === true,
          conditions,
          scoreArea,
          maxScore: scoreArea === null ? 0 : maxScoreOf(type, choices),
          pageId: rawPage.name,
          pageTitle,
          panelId,
        });
        page.questionIds.push(element.name);
      }
    };
    visit(rawPage.elements, pageCondition === null ? [] : [pageCondition], rawPage.name, null);
  }

  const questionById = new Map<string, Question>();
  for (const question of questions) {
    if (questionById.has(question.id)) {
      errors.push({
        path: `${question.pageId} > ${question.id}`,
        message: `duplicate question name "${question.id}"`,
      });
    }
    questionById.set(question.id, question);
  }
  for (const question of questions) {
    for (const { source, expression } of question.conditions) {
      for (const name of referencedQuestions(expression)) {
        if (!questionById.has(name)) {
          errors.push({
            path: `${question.pageId} > ${question.id}`,
            message: `visibleIf "${source}" refers to unknown question "${name}"`,
          });
        }
      }
    }
  }
  if (errors.length > 0) return fail(dedupe(errors));
  return ok({ kind: meta.kind, version: meta.version, pages, questions, questionById });
}

function dedupe(errors: DefinitionError[]): DefinitionError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
