import { type ReadabilityMethod, readabilityGrade } from "./readability-grade.ts";

export type ReadabilityCheck =
  | { verdict: "pass"; grade: number; target: number; method: ReadabilityMethod }
  | {
      verdict: "flag";
      code: "readability-above-target";
      reasonKey: "guards.output.readability";
      grade: number;
      target: number;
      method: ReadabilityMethod;
    }
  | { verdict: "not-measured"; reason: "unsupported-language" | "too-short" };

/**
 * Compares a draft's reading grade with the service's target. Above target + tolerance is a flag for the
 * reviewer (rewrite more plainly), not a block: formulas are rough, and some answers need a legal term.
 * The default tolerance of 1 grade absorbs the formulas' noise on short texts.
 */
export function checkReadability(
  text: string,
  language: string,
  targetGrade: number,
  tolerance = 1,
): ReadabilityCheck {
  const measure = readabilityGrade(text, language);
  if (!measure.measured) return { verdict: "not-measured", reason: measure.reason };
  const { grade, method } = measure;
  if (grade <= targetGrade + tolerance) return { verdict: "pass", grade, target: targetGrade, method };
  return {
    verdict: "flag",
    code: "readability-above-target",
    reasonKey: "guards.output.readability",
    grade,
    target: targetGrade,
    method,
  };
}
