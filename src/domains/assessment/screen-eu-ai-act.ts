import { readFileSync } from "node:fs";
import { type EuObligation, type EuObligationId, euObligations } from "./eu-ai-act-obligations.ts";
import { type DefinitionError, loadQuestionnaire } from "./load-questionnaire.ts";
import type { Answers, AnswerValue, Questionnaire } from "./questionnaire.ts";
import type { Result } from "./result.ts";

export type EuRiskCategory = "prohibited" | "high-risk" | "limited-risk" | "minimal-risk";

export interface EuAiActScreening {
  category: EuRiskCategory;
  /** Why the category was reached, e.g. "Annex III: essential-services". */
  reasons: string[];
  obligations: EuObligation[];
}

const DEFINITION_FILE = new URL("./questionnaires/eu-ai-act/eu-ai-act-screening-v1.json", import.meta.url);

/** The screening questionnaire (a data file in the same format as the AIA, so the same engine runs it). */
export function loadEuAiActQuestionnaire(): Result<Questionnaire, DefinitionError> {
  return loadQuestionnaire(JSON.parse(readFileSync(DEFINITION_FILE, "utf8")), {
    kind: "eu-ai-act-screening",
    version: "1",
  });
}

function selected(value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== "none");
}

const yes = (answers: Answers, question: string) => answers[question] === "yes";

/**
 * The outcome of the EU AI Act screening: the most severe category that applies, and the union of the
 * deployer's obligations (a high-risk system may also carry transparency duties). Unanswered questions
 * count as "no": validate as `submitted` first so required answers are present.
 */
export function screenEuAiAct(answers: Answers): EuAiActScreening {
  const reasons: string[] = [];
  const ids = new Set<EuObligationId>(["eu.art4.ai_literacy"]);

  const prohibited = selected(answers.prohibitedPractices);
  for (const practice of prohibited) reasons.push(`Art. 5 prohibited practice: ${practice}`);
  if (prohibited.length > 0) ids.add("eu.art5.prohibited");

  const annexIII = selected(answers.annexIIIAreas);
  // Art. 6(3): a narrow or preparatory task is not high-risk, unless the system profiles people.
  const exempt = yes(answers, "narrowTaskOnly") && !yes(answers, "profilesPeople");
  const annexIIIHighRisk = annexIII.length > 0 && !exempt;
  if (annexIII.length > 0 && exempt)
    reasons.push(`Annex III area (${annexIII.join(", ")}) exempted by Art. 6(3)`);
  if (annexIIIHighRisk) reasons.push(`Annex III: ${annexIII.join(", ")}`);
  const annexIHighRisk = yes(answers, "annexIProduct");
  if (annexIHighRisk) reasons.push("Annex I product or safety component (Art. 6(1))");
  const highRisk = annexIIIHighRisk || annexIHighRisk;
  if (highRisk) {
    for (const id of [
      "eu.art26.use_as_instructed",
      "eu.art26.human_oversight",
      "eu.art26.input_data",
      "eu.art26.monitoring",
      "eu.art26.serious_incidents",
      "eu.art26.logging",
    ] as const) {
      ids.add(id);
    }
    if (yes(answers, "usedOnWorkers")) ids.add("eu.art26.inform_workers");
    if (annexIIIHighRisk && yes(answers, "decidesAboutPeople")) {
      ids.add("eu.art26.inform_persons");
      ids.add("eu.art86.explanation");
    }
    if (annexIIIHighRisk && yes(answers, "publicBody")) {
      ids.add("eu.art49.registration");
      // Art. 27(1) exempts Annex III point 2 (critical infrastructure) from the FRIA.
      if (annexIII.some((area) => area !== "critical-infrastructure")) ids.add("eu.art27.fria");
    }
  }

  const transparency: EuObligationId[] = [];
  if (yes(answers, "interactsWithPeople")) transparency.push("eu.art50.ai_interaction");
  if (yes(answers, "generatesContent")) transparency.push("eu.art50.synthetic_content");
  if (yes(answers, "emotionOrBiometricCategorisation"))
    transparency.push("eu.art50.emotion_biometric_notice");
  if (yes(answers, "publishesPublicInterestText") && !yes(answers, "humanEditorialControl")) {
    transparency.push("eu.art50.public_interest_text");
  }
  for (const id of transparency) ids.add(id);
  if (transparency.length > 0) reasons.push(`Art. 50 transparency duties: ${transparency.join(", ")}`);

  const category: EuRiskCategory =
    prohibited.length > 0
      ? "prohibited"
      : highRisk
        ? "high-risk"
        : transparency.length > 0
          ? "limited-risk"
          : "minimal-risk";
  const order = Object.keys(euObligations) as EuObligationId[];
  return {
    category,
    reasons,
    obligations: order.filter((id) => ids.has(id)).map((id) => euObligations[id]),
  };
}
