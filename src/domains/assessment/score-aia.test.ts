import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { loadAiaQuestionnaire } from "./aia-questionnaires.ts";
import type { Answers, Questionnaire } from "./questionnaire.ts";
import { scoreAia } from "./score-aia.ts";
import { validateAnswers } from "./validate-answers.ts";
import { visibleQuestions } from "./visible-questions.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "fixtures", "aia-reference");
const repoRoot = path.resolve(here, "..", "..", "..");
const sharedReference = path.resolve(repoRoot, "..", "shared", "data", "aia", "reference");

function aia(): Questionnaire {
  const loaded = loadAiaQuestionnaire();
  assert.ok(loaded.ok, "the shipped AIA definition loads");
  return loaded.value;
}

function referenceSets(directory: string) {
  const expected = JSON.parse(readFileSync(path.join(directory, "expected.json"), "utf8")) as Record<
    string,
    { rawImpactScore: number; mitigationScore: number; currentScore: number; level: number }
  >;
  return readdirSync(directory)
    .filter((file) => /^answers-\d+\.json$/.test(file))
    .map((file) => ({
      file,
      answers: JSON.parse(readFileSync(path.join(directory, file), "utf8")),
      expected: expected[file],
    }));
}

/** Independent, deliberately plain reading of the documented formula (not sharing code with scoreAia). */
function documentedFormula(questionnaire: Questionnaire, answers: Answers) {
  const points = (v: string) => {
    const parts = v.split("-");
    if (parts.length < 2) return 0;
    const n = Number(parts[parts.length - 1]);
    return Number.isNaN(n) ? 0 : n;
  };
  let raw = 0;
  let mitigation = 0;
  let maxRaw = 0;
  let maxMitigation = 0;
  for (const q of questionnaire.questions) {
    if (q.scoreArea === null) continue;
    const choicePoints = q.choices.map((c) => points(c.value));
    const max =
      q.type === "checkbox" ? choicePoints.reduce((a, b) => a + b, 0) : Math.max(0, ...choicePoints);
    const answer = answers[q.id];
    const got =
      answer === undefined
        ? 0
        : Array.isArray(answer)
          ? answer.map(points).reduce((a, b) => a + b, 0)
          : points(answer);
    if (q.scoreArea === "risk") {
      raw += got;
      maxRaw += max;
    } else {
      mitigation += got;
      maxMitigation += max;
    }
  }
  const reduced = mitigation >= 0.8 * (maxMitigation / 2);
  // Round half up by hand: 0.85 * raw in integer hundredths avoids floating point entirely.
  const current = reduced ? Math.floor((85 * raw + 50) / 100) : raw;
  const pct = current / maxRaw;
  const level = pct <= 0.25 ? 1 : pct <= 0.5 ? 2 : pct <= 0.75 ? 3 : 4;
  return { raw, mitigation, current, level };
}

describe("AIA scoring", () => {
  const questionnaire = aia();

  test("definition maxima match the published figures (70 risk questions, max 167; 90 mitigation, max 154)", () => {
    const score = scoreAia(questionnaire, {});
    assert.equal(score.maxRawImpactScore, 167);
    assert.equal(score.maxMitigationScore, 154);
    assert.equal(questionnaire.questions.filter((q) => q.scoreArea === "risk").length, 70);
    assert.equal(questionnaire.questions.filter((q) => q.scoreArea === "mitigation").length, 90);
  });

  test("every reference answer set (copied fixtures) scores exactly as expected.json", () => {
    const sets = referenceSets(fixtures);
    assert.equal(sets.length, 12);
    for (const { file, answers, expected } of sets) {
      assert.ok(expected, `${file} has an expectation`);
      const valid = validateAnswers(questionnaire, answers, "submitted");
      assert.ok(valid.ok, `${file} validates: ${JSON.stringify(valid.ok ? [] : valid.errors)}`);
      const score = scoreAia(questionnaire, valid.value);
      assert.deepEqual(
        {
          raw: score.rawImpactScore,
          mitigation: score.mitigationScore,
          current: score.currentScore,
          level: score.level,
        },
        {
          raw: expected.rawImpactScore,
          mitigation: expected.mitigationScore,
          current: expected.currentScore,
          level: expected.level,
        },
        file,
      );
      assert.deepEqual(score.warnings, [], `${file}: only visible questions are answered`);
    }
  });

  test("the shared reference folder, when present, agrees too", (t) => {
    if (!existsSync(sharedReference)) {
      t.skip(`reference folder not found at ../shared/data/aia/reference; the copied fixtures cover it`);
      return;
    }
    for (const { file, answers, expected } of referenceSets(sharedReference)) {
      const score = scoreAia(questionnaire, answers);
      assert.equal(score.level, expected?.level, file);
      assert.equal(score.currentScore, expected?.currentScore, file);
    }
  });

  test("reference answers are all on visible questions (the visibleIf evaluator agrees with the form)", () => {
    for (const { file, answers } of referenceSets(fixtures)) {
      const visible = new Set(visibleQuestions(questionnaire, answers).map((q) => q.id));
      const hidden = Object.keys(answers).filter((id) => !visible.has(id));
      assert.deepEqual(hidden, [], file);
    }
  });

  test("the official tool's own unit test: raw 3, mitigation 0, current 3, level I", () => {
    const score = scoreAia(questionnaire, {
      projectDetailsPhase: "item1",
      projectDetailsRespondent: "Tester",
      decisionSector1: ["item1-1", "item2-1", "item3-1"],
    });
    assert.equal(score.rawImpactScore, 3);
    assert.equal(score.mitigationScore, 0);
    assert.equal(score.currentScore, 3);
    assert.equal(score.level, 1);
  });

  test("answers left on the hidden phase fork still count, with a warning naming each question", () => {
    const designAnswers = {
      projectDetailsPhase: "item1",
      dataQualityDesign1: "item1-3",
      privacyDesign1: "item1-2",
    };
    const asDesign = scoreAia(questionnaire, designAnswers);
    assert.equal(asDesign.mitigationScore, 5);
    assert.deepEqual(asDesign.warnings, []);
    const switched = scoreAia(questionnaire, { ...designAnswers, projectDetailsPhase: "item2" });
    assert.equal(switched.mitigationScore, 5, "the official tool keeps counting them");
    assert.deepEqual(
      switched.warnings.map((w) => [w.code, w.questionId]),
      [
        ["hidden_answer_counted", "dataQualityDesign1"],
        ["hidden_answer_counted", "privacyDesign1"],
      ],
    );
    assert.match(switched.warnings[0]?.message ?? "", /dataQualityDesign1.*3 mitigation point/);
  });

  test("the 80 % rule: reduction at exactly the threshold, not below; rounding half up", () => {
    const mitigationIds = questionnaire.questions.filter((q) => q.scoreArea === "mitigation");
    // Build a mitigation score of exactly 62 (≥ 61.6) and 61 (< 61.6) from the highest-scoring choices.
    const build = (target: number): Record<string, string | string[]> => {
      const answers: Record<string, string | string[]> = {};
      let total = 0;
      for (const q of mitigationIds) {
        if (q.type === "checkbox") continue;
        const best = [...q.choices]
          .sort((a, b) => b.score - a.score)
          .find((c) => c.score > 0 && total + c.score <= target);
        if (best === undefined) continue;
        answers[q.id] = best.value;
        total += best.score;
        if (total === target) break;
      }
      assert.equal(total, target);
      return answers;
    };
    const risk = {
      decisionSector1: [
        "item1-1",
        "item2-1",
        "item3-1",
        "item4-1",
        "item5-1",
        "item7-1",
        "item8-1",
        "item6-1",
      ],
    };
    const above = scoreAia(questionnaire, { ...build(62), ...risk });
    assert.equal(above.rawImpactScore, 8);
    assert.equal(above.mitigationReductionApplied, true);
    assert.equal(above.currentScore, 7, "8 × 0.85 = 6.8 → 7");
    const below = scoreAia(questionnaire, { ...build(61), ...risk });
    assert.equal(below.mitigationReductionApplied, false);
    assert.equal(below.currentScore, 8);
  });

  test("property: any answer set scores as the documented formula says", () => {
    const scored = questionnaire.questions.filter(
      (q) => q.scoreArea !== null || q.id === "projectDetailsPhase",
    );
    const answerArbitrary = fc.record(
      Object.fromEntries(
        scored.map((q) => {
          const values = q.choices.map((c) => c.value);
          const arbitrary =
            q.type === "checkbox"
              ? fc.subarray(values).map((v): string | string[] => v)
              : fc.constantFrom(...values).map((v): string | string[] => v);
          return [q.id, arbitrary];
        }),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answerArbitrary, (answers) => {
        const score = scoreAia(questionnaire, answers as Answers);
        const reference = documentedFormula(questionnaire, answers as Answers);
        assert.deepEqual(
          [score.rawImpactScore, score.mitigationScore, score.currentScore, score.level],
          [reference.raw, reference.mitigation, reference.current, reference.level],
        );
      }),
      { numRuns: 400 },
    );
  });

  test("property: high-risk answer sets reach every level", () => {
    // Guards the property above against a generator that only ever produces level I.
    const levels = new Set<number>();
    const risk = questionnaire.questions.filter((q) => q.scoreArea === "risk");
    for (const share of [0, 0.4, 0.7, 1]) {
      const answers: Record<string, string | string[]> = {};
      for (const [i, q] of risk.entries()) {
        if (i / risk.length >= share) continue;
        answers[q.id] =
          q.type === "checkbox"
            ? q.choices.map((c) => c.value)
            : ([...q.choices].sort((a, b) => b.score - a.score)[0]?.value ?? "");
      }
      levels.add(scoreAia(questionnaire, answers).level);
    }
    assert.ok(levels.has(1) && levels.has(4), `levels reached: ${[...levels].join(",")}`);
  });

  test("contributions explain each scored answer with its page title in both languages", () => {
    const score = scoreAia(questionnaire, {
      riskProfile2: "item1-3",
      dataQualityDesign1: "item1-3",
      projectDetailsPhase: "item1",
    });
    const risk = score.contributions.find((c) => c.questionId === "riskProfile2");
    assert.equal(risk?.points, 3);
    assert.equal(risk?.area, "risk");
    assert.deepEqual(risk?.pageTitle, { en: "Risk Profile", fr: "Profil de risque" });
    assert.equal(score.contributions.find((c) => c.questionId === "dataQualityDesign1")?.area, "mitigation");
  });
});
