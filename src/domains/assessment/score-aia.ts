import { type AiaContribution, aiaContributions } from "./aia-contributions.ts";
import type { Answers, Questionnaire } from "./questionnaire.ts";

export type ImpactLevel = 1 | 2 | 3 | 4;

export type AiaWarning =
  | {
      code: "hidden_answer_counted";
      questionId: string;
      pageId: string;
      area: "risk" | "mitigation";
      points: number;
      message: string;
    }
  | { code: "no_phase_selected"; questionId: string; message: string };

export interface AiaScore {
  questionnaireVersion: string;
  rawImpactScore: number;
  mitigationScore: number;
  currentScore: number;
  level: ImpactLevel;
  maxRawImpactScore: number;
  /** Sum over both phase forks, as in the definition. */
  maxMitigationScore: number;
  /** 80 % of half the maximum: only one phase fork applies. */
  mitigationThreshold: number;
  mitigationReductionApplied: boolean;
  /** Highest current score for levels I, II and III (25 %, 50 %, 75 % of the maximum raw score). */
  levelThresholds: { levelI: number; levelII: number; levelIII: number };
  contributions: AiaContribution[];
  warnings: AiaWarning[];
}

// The official tool's constants, kept in the same arithmetic form so floating point matches it exactly.
const MITIGATION_SHARE = 0.8;
const DEDUCTION = 0.15;
const THRESHOLDS = [0.25, 0.5, 0.75] as const;
const PHASE_QUESTION = "projectDetailsPhase";

/**
 * Canada's AIA score, identical to the official tool: every stored answer to a scored question counts,
 * visible or not (the tool does not check visibility); hidden ones are reported as warnings.
 */
export function scoreAia(questionnaire: Questionnaire, answers: Answers): AiaScore {
  let maxRawImpactScore = 0;
  let maxMitigationScore = 0;
  for (const question of questionnaire.questions) {
    if (question.scoreArea === "risk") maxRawImpactScore += question.maxScore;
    else if (question.scoreArea === "mitigation") maxMitigationScore += question.maxScore;
  }
  const contributions = aiaContributions(questionnaire, answers);
  let rawImpactScore = 0;
  let mitigationScore = 0;
  for (const contribution of contributions) {
    if (contribution.area === "risk") rawImpactScore += contribution.points;
    else mitigationScore += contribution.points;
  }
  const mitigationThreshold = MITIGATION_SHARE * (maxMitigationScore / 2);
  const mitigationReductionApplied = mitigationScore >= mitigationThreshold;
  // Math.round is the official rounding (half up); (1 - 0.15) * raw is its exact expression.
  const currentScore = mitigationReductionApplied
    ? Math.round((1 - DEDUCTION) * rawImpactScore)
    : rawImpactScore;
  const [t1, t2, t3] = THRESHOLDS.map((share) => maxRawImpactScore * share) as [number, number, number];
  const level: ImpactLevel = currentScore <= t1 ? 1 : currentScore <= t2 ? 2 : currentScore <= t3 ? 3 : 4;

  const warnings: AiaWarning[] = [];
  if (questionnaire.questionById.has(PHASE_QUESTION) && !Object.hasOwn(answers, PHASE_QUESTION)) {
    warnings.push({
      code: "no_phase_selected",
      questionId: PHASE_QUESTION,
      message: `${PHASE_QUESTION}: no project phase selected, so no mitigation page is shown`,
    });
  }
  for (const contribution of contributions) {
    if (contribution.visible) continue;
    warnings.push({
      code: "hidden_answer_counted",
      questionId: contribution.questionId,
      pageId: contribution.pageId,
      area: contribution.area,
      points: contribution.points,
      message: `${contribution.questionId} (page ${contribution.pageId}) is hidden by the current answers but its stored answer still counts ${contribution.points} ${contribution.area} point(s), as in the official tool`,
    });
  }
  return {
    questionnaireVersion: questionnaire.version,
    rawImpactScore,
    mitigationScore,
    currentScore,
    level,
    maxRawImpactScore,
    maxMitigationScore,
    mitigationThreshold,
    mitigationReductionApplied,
    levelThresholds: { levelI: t1, levelII: t2, levelIII: t3 },
    contributions,
    warnings,
  };
}
