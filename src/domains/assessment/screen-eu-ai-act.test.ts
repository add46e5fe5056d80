import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadEuAiActQuestionnaire, screenEuAiAct } from "./screen-eu-ai-act.ts";
import { validateAnswers } from "./validate-answers.ts";

const base = {
  prohibitedPractices: ["none"],
  annexIProduct: "no",
  annexIIIAreas: ["none"],
  interactsWithPeople: "no",
  generatesContent: "no",
  emotionOrBiometricCategorisation: "no",
  publicBody: "yes",
  usedOnWorkers: "no",
  decidesAboutPeople: "no",
};

const ids = (answers: Record<string, string | string[]>): string[] =>
  screenEuAiAct(answers).obligations.map((o) => o.id);

describe("EU AI Act screening", () => {
  test("the screening questionnaire loads through the same engine, bilingual, and a full answer set validates", () => {
    const questionnaire = loadEuAiActQuestionnaire();
    assert.ok(questionnaire.ok, JSON.stringify(questionnaire.ok ? [] : questionnaire.errors));
    for (const question of questionnaire.value.questions) {
      assert.notEqual(question.title.en, question.title.fr, `${question.id} has a French title`);
    }
    assert.equal(validateAnswers(questionnaire.value, base, "submitted").ok, true);
    const missing = validateAnswers(
      questionnaire.value,
      { ...base, annexIIIAreas: ["essential-services"] },
      "submitted",
    );
    assert.equal(missing.ok, false, "narrowTaskOnly becomes visible and required");
  });

  test("minimal risk: only AI literacy", () => {
    assert.equal(screenEuAiAct(base).category, "minimal-risk");
    assert.deepEqual(ids(base), ["eu.art4.ai_literacy"]);
  });

  test("a chat assistant is limited risk with the Art. 50(1) notice", () => {
    const result = screenEuAiAct({ ...base, interactsWithPeople: "yes" });
    assert.equal(result.category, "limited-risk");
    assert.ok(ids({ ...base, interactsWithPeople: "yes" }).includes("eu.art50.ai_interaction"));
    assert.deepEqual(result.obligations.find((o) => o.id === "eu.art50.ai_interaction")?.articles, [
      "Art. 50(1)",
    ]);
  });

  test("published text needs disclosure unless a person holds editorial responsibility", () => {
    const published = { ...base, generatesContent: "yes", publishesPublicInterestText: "yes" };
    assert.ok(ids({ ...published, humanEditorialControl: "no" }).includes("eu.art50.public_interest_text"));
    assert.ok(!ids({ ...published, humanEditorialControl: "yes" }).includes("eu.art50.public_interest_text"));
  });

  test("public benefits eligibility is high risk, with Art. 26 duties, registration, FRIA and transparency", () => {
    const answers = {
      ...base,
      annexIIIAreas: ["essential-services"],
      narrowTaskOnly: "no",
      decidesAboutPeople: "yes",
      interactsWithPeople: "yes",
    };
    const result = screenEuAiAct(answers);
    assert.equal(result.category, "high-risk");
    const got = ids(answers);
    for (const id of [
      "eu.art26.human_oversight",
      "eu.art26.logging",
      "eu.art27.fria",
      "eu.art49.registration",
      "eu.art26.inform_persons",
      "eu.art86.explanation",
      "eu.art50.ai_interaction",
    ]) {
      assert.ok(got.includes(id), id);
    }
    assert.ok(!got.includes("eu.art26.inform_workers"));
    assert.ok(
      !ids({ ...answers, publicBody: "no" }).includes("eu.art27.fria"),
      "FRIA only for public bodies",
    );
  });

  test("Art. 6(3): a narrow task is exempt unless the system profiles people", () => {
    const annex = { ...base, annexIIIAreas: ["employment"], narrowTaskOnly: "yes" };
    assert.equal(screenEuAiAct({ ...annex, profilesPeople: "no" }).category, "minimal-risk");
    assert.equal(screenEuAiAct({ ...annex, profilesPeople: "yes" }).category, "high-risk");
  });

  test("critical infrastructure alone needs no FRIA; an Annex I product is high risk", () => {
    const infra = { ...base, annexIIIAreas: ["critical-infrastructure"], narrowTaskOnly: "no" };
    assert.ok(!ids(infra).includes("eu.art27.fria"));
    assert.equal(screenEuAiAct({ ...base, annexIProduct: "yes" }).category, "high-risk");
  });

  test("a prohibited practice wins over everything", () => {
    const result = screenEuAiAct({
      ...base,
      prohibitedPractices: ["art5-1c-social-scoring"],
      annexIIIAreas: ["essential-services"],
      narrowTaskOnly: "no",
    });
    assert.equal(result.category, "prohibited");
    assert.ok(result.obligations.some((o) => o.id === "eu.art5.prohibited"));
  });
});
