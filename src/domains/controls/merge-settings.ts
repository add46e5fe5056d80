import {
  type DataClassification,
  type Disclosure,
  dataClassifications,
  type ModelPolicy,
  modelPolicies,
  type ReviewMode,
  type RuntimeSettings,
  type SettingName,
} from "./runtime-settings.ts";

/**
 * When several rows set the same setting, the strictest wins. The orders, least strict first:
 * - reviewMode: none < sample (a larger percentage is stricter) < all < four_eyes
 * - booleans (qualification, evaluation gate, blocked): false < true
 * - allowedDataClassifications: a lower ceiling is stricter (classified < … < unclassified)
 * - allowedModels: any < evaluated
 * - retentionDays: longer is stricter (logs must be kept at least that long)
 * - disclosures: not ordered; every required disclosure is shown (union by id)
 */
const reviewRank: Record<ReviewMode["mode"], number> = { none: 0, sample: 1, all: 2, four_eyes: 3 };

export function compareReviewModes(a: ReviewMode, b: ReviewMode): number {
  const byMode = reviewRank[a.mode] - reviewRank[b.mode];
  if (byMode !== 0) return byMode;
  return a.mode === "sample" && b.mode === "sample" ? a.percent - b.percent : 0;
}

/** Positive when `a` is stricter than `b`, 0 when equally strict. Disclosures compare by containment. */
export function compareStrictness<K extends SettingName>(
  name: K,
  a: RuntimeSettings[K],
  b: RuntimeSettings[K],
): number {
  switch (name) {
    case "reviewMode":
      return compareReviewModes(a as ReviewMode, b as ReviewMode);
    case "reviewerQualificationRequired":
    case "evaluationGate":
    case "operationBlocked":
      return Number(a) - Number(b);
    case "allowedDataClassifications":
      return (
        dataClassifications.indexOf(b as DataClassification) -
        dataClassifications.indexOf(a as DataClassification)
      );
    case "allowedModels":
      return modelPolicies.indexOf(a as ModelPolicy) - modelPolicies.indexOf(b as ModelPolicy);
    case "retentionDays":
      return (a as number) - (b as number);
    default: {
      const left = new Set((a as Disclosure[]).map((d) => d.id));
      const right = new Set((b as Disclosure[]).map((d) => d.id));
      const aHasAll = [...right].every((id) => left.has(id));
      const bHasAll = [...left].every((id) => right.has(id));
      return aHasAll && bHasAll ? 0 : aHasAll ? 1 : bHasAll ? -1 : 0;
    }
  }
}

/** The merged value of two settings: the stricter one, or for disclosures the union (sorted by id). */
export function mergeSetting<K extends SettingName>(
  name: K,
  a: RuntimeSettings[K],
  b: RuntimeSettings[K],
): RuntimeSettings[K] {
  if (name === "disclosures") {
    const byId = new Map<string, Disclosure>();
    for (const disclosure of [...(a as Disclosure[]), ...(b as Disclosure[])]) {
      if (!byId.has(disclosure.id)) byId.set(disclosure.id, disclosure);
    }
    return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)) as RuntimeSettings[K];
  }
  return compareStrictness(name, a, b) >= 0 ? a : b;
}
