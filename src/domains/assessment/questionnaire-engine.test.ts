import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadAiaQuestionnaire } from "./aia-questionnaires.ts";
import { exportAiaAnswers, importAiaAnswers } from "./aia-saved-file.ts";
import { saveDraft, submitAssessment } from "./assessment-record.ts";
import { loadQuestionnaire } from "./load-questionnaire.ts";
import { validateAnswers } from "./validate-answers.ts";
import { evaluateVisibility, parseVisibilityExpression } from "./visibility-expression.ts";
import { visibleQuestions } from "./visible-questions.ts";

const loaded = loadAiaQuestionnaire();
assert.ok(loaded.ok);
const aia = loaded.value;

function check(source: string, answers: Record<string, string | string[]>): boolean {
  const parsed = parseVisibilityExpression(source);
  assert.ok(parsed.ok, `${source} parses`);
  return evaluateVisibility(parsed.value, answers);
}

describe("visibleIf evaluator", () => {
  test("equality, contains on lists and on text, and/or with parentheses", () => {
    assert.equal(check('{a} = "x"', { a: "x" }), true);
    assert.equal(check('{a} = "x"', { a: "y" }), false);
    assert.equal(check('{a} = "x"', {}), false);
    assert.equal(check('{a} contains "item6-0"', { a: ["item1-0", "item6-0"] }), true);
    assert.equal(check('{a} contains "item6-0"', { a: ["item1-0"] }), false);
    assert.equal(
      check('{a} contains ["item2"]', { a: "item2-0" }),
      true,
      "text contains as substring, like SurveyJS",
    );
    assert.equal(check('{a} contains ["item2"]', { a: "item3-1" }), false);
    assert.equal(check('({a} = "1" or {a} = "2") and {b} = "3"', { a: "2", b: "3" }), true);
    assert.equal(check('({a} = "1" or {a} = "2") and {b} = "3"', { a: "2", b: "4" }), false);
    assert.equal(
      check('{a} = "1" or {a} = "2" and {b} = "3"', { a: "1" }),
      true,
      "and binds tighter than or",
    );
    assert.equal(check('not {a} = "1"', { a: "1" }), false);
    assert.equal(check('{a} notcontains "none"', { a: ["x"] }), true);
  });

  test("rejects what it does not understand instead of guessing", () => {
    for (const bad of ['{a} = "x" +', "{a} > 3", '{a = "x"', 'foo("x")', ""]) {
      assert.equal(parseVisibilityExpression(bad).ok, false, bad);
    }
  });

  test("the phase fork decides which mitigation pages are shown", () => {
    const design = new Set(visibleQuestions(aia, { projectDetailsPhase: "item1" }).map((q) => q.pageId));
    const implementation = new Set(
      visibleQuestions(aia, { projectDetailsPhase: "item2" }).map((q) => q.pageId),
    );
    assert.ok(design.has("dataQualityDesign") && !design.has("dataQualityImplementation"));
    assert.ok(implementation.has("dataQualityImplementation") && !implementation.has("dataQualityDesign"));
  });
});

describe("answer validation", () => {
  test("names the question for unknown ids, values outside the options and wrong shapes", () => {
    const result = validateAnswers(
      aia,
      { nope: "x", riskProfile1: "item9-9", decisionSector1: "item1-1" },
      "draft",
    );
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(
      result.errors.map((e) => [e.questionId, e.code]),
      [
        ["nope", "unknown_question"],
        ["riskProfile1", "not_an_option"],
        ["decisionSector1", "wrong_shape"],
      ],
    );
    assert.match(result.errors[1]?.message ?? "", /^riskProfile1: "item9-9" is not among the options/);
  });

  test("a submission needs the required phase; a draft does not", () => {
    assert.equal(validateAnswers(aia, { riskProfile1: "item1-3" }, "draft").ok, true);
    const submitted = validateAnswers(aia, { riskProfile1: "item1-3" }, "submitted");
    assert.equal(submitted.ok, false);
    if (!submitted.ok)
      assert.deepEqual(
        submitted.errors.map((e) => [e.questionId, e.code]),
        [["projectDetailsPhase", "required"]],
      );
  });

  test("submitting is all or nothing, and a submitted assessment is frozen", () => {
    const draft = saveDraft(aia, { riskProfile1: "item1-3" }, 2);
    assert.ok(draft.ok);
    const refused = submitAssessment(aia, draft.value, { userId: "u1", at: "2025-01-01T00:00:00Z" });
    assert.equal(refused.ok, false);
    const complete = saveDraft(aia, { ...draft.value.answers, projectDetailsPhase: "item2" });
    assert.ok(complete.ok);
    const submitted = submitAssessment(aia, complete.value, { userId: "u1", at: "2025-01-01T00:00:00Z" });
    assert.ok(submitted.ok);
    assert.equal(submitted.value.status, "submitted");
    assert.throws(() => {
      (submitted.value.answers as Record<string, string>).riskProfile1 = "item2-0";
    }, TypeError);
  });
});

describe("questionnaire definition loading", () => {
  test("a malformed file gives errors naming the page, panel and question", () => {
    const result = loadQuestionnaire(
      {
        pages: [
          {
            name: "p1",
            elements: [
              {
                type: "panel",
                name: "panel-RS",
                elements: [
                  { type: "radiogroup", name: "q1", choices: [] },
                  { type: "radiogroup", name: "q2", choices: ["a-1"], visibleIf: '{missing} = "x"' },
                  { type: "radiogroup", name: "q3", choices: ["a-1"], visibleIf: "{q1} >> 2" },
                ],
              },
            ],
          },
        ],
      },
      { kind: "test", version: "1" },
    );
    assert.equal(result.ok, false);
    if (result.ok) return;
    const messages = result.errors.map((e) => `${e.path}: ${e.message}`);
    assert.ok(
      messages.some((m) =>
        m.startsWith("p1 > panel-RS > q1: a radiogroup question needs at least one choice"),
      ),
      messages.join("\n"),
    );
    assert.ok(
      messages.some((m) => m.includes("q3: visibleIf")),
      messages.join("\n"),
    );
    assert.ok(
      messages.some((m) => m.includes("q2") && m.includes('unknown question "missing"')),
      messages.join("\n"),
    );
  });

  test("schema errors name the element by its name", () => {
    const result = loadQuestionnaire(
      { pages: [{ name: "p1", elements: [{ type: "slider", name: "q9" }] }] },
      { kind: "test", version: "1" },
    );
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(`${result.errors[0]?.path}`, /p1 > q9/);
  });
});

describe("official saved-file format", () => {
  test("imports the saved file and the bare data object, and exports what it imports", () => {
    const data = { projectDetailsPhase: "item1", decisionSector1: ["item1-1"] };
    const file = { version: "v1.0.1", currentPage: 4, data, translationsOnResult: {} };
    const imported = importAiaAnswers(file);
    assert.ok(imported.ok);
    assert.deepEqual(imported.value, { toolVersion: "v1.0.1", currentPage: 4, data });
    const bare = importAiaAnswers(data);
    assert.ok(bare.ok);
    assert.deepEqual(bare.value.data, data);
    assert.deepEqual(exportAiaAnswers(data, { version: "1.0.1", currentPage: 4 }), file);
  });

  test("rejects a saved file with a malformed field", () => {
    const result = importAiaAnswers({ version: "v1.0.1", currentPage: -1, data: {} });
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.errors[0]?.path, "currentPage");
  });
});
