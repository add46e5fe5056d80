/**
 * Token-level evaluation as in presidio-research's Evaluator: the text is split into tokens, every token gets
 * the type of the gold span and of the predicted span covering it (or "O"), and tokens are counted.
 * Per type: precision = tokens predicted T and gold T / tokens predicted T; recall = same / tokens gold T.
 * Overall ("PII" level, as presidio-research reports it): a token counts as found if gold and prediction are
 * both personal data, whatever their types.
 */

export interface LabelledSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export interface TypeScore {
  truePositives: number;
  predicted: number;
  annotated: number;
}

export interface EvaluationScores {
  readonly perType: Map<string, TypeScore>;
  readonly overall: TypeScore;
  readonly overallTyped: TypeScore;
}

const tokenPattern = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function createEvaluationScores(): EvaluationScores {
  return {
    perType: new Map(),
    overall: { truePositives: 0, predicted: 0, annotated: 0 },
    overallTyped: { truePositives: 0, predicted: 0, annotated: 0 },
  };
}

function labelAt(spans: readonly LabelledSpan[], start: number, end: number): string {
  for (const span of spans) if (start < span.end && span.start < end) return span.type;
  return "O";
}

function scoreFor(scores: EvaluationScores, type: string): TypeScore {
  let score = scores.perType.get(type);
  if (score === undefined) {
    score = { truePositives: 0, predicted: 0, annotated: 0 };
    scores.perType.set(type, score);
  }
  return score;
}

/** Adds one text's token counts into `scores`. Both span lists must already use the same type names. */
export function accumulateTokenScores(
  scores: EvaluationScores,
  text: string,
  gold: readonly LabelledSpan[],
  predicted: readonly LabelledSpan[],
): void {
  for (const token of text.matchAll(tokenPattern)) {
    const start = token.index;
    const end = start + token[0].length;
    const expected = labelAt(gold, start, end);
    const actual = labelAt(predicted, start, end);
    if (expected !== "O") {
      scoreFor(scores, expected).annotated++;
      scores.overall.annotated++;
      scores.overallTyped.annotated++;
    }
    if (actual !== "O") {
      scoreFor(scores, actual).predicted++;
      scores.overall.predicted++;
      scores.overallTyped.predicted++;
    }
    if (expected !== "O" && actual !== "O") scores.overall.truePositives++;
    if (expected !== "O" && expected === actual) {
      scoreFor(scores, expected).truePositives++;
      scores.overallTyped.truePositives++;
    }
  }
}

export function precisionRecallF(
  score: TypeScore,
  beta = 2,
): { precision: number; recall: number; f: number } {
  const precision = score.predicted === 0 ? 1 : score.truePositives / score.predicted;
  const recall = score.annotated === 0 ? 1 : score.truePositives / score.annotated;
  const betaSquared = beta * beta;
  const denominator = betaSquared * precision + recall;
  const f = denominator === 0 ? 0 : ((1 + betaSquared) * precision * recall) / denominator;
  return { precision, recall, f };
}
