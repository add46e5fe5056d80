import type { ControlSet } from "../controls/index.ts";
import type { WorkflowDefinition } from "./workflow-definition.ts";

/**
 * The controls a case runs under, pinned on the case when it begins (cases in flight keep theirs when
 * a service's settings change). Until the service's AI system has an approved impact assessment, they
 * come from the workflow version.
 */
export interface CaseControls {
  source: "workflow-version" | "control-set";
  controlSetVersion?: string;
  reviewMode: "none" | "sample" | "all" | "four_eyes";
  samplePercent: number;
  requiredQualification: string | null;
  allowedClassifications: ("public" | "internal" | "confidential" | "personal")[];
  modelKind: string;
}

export function controlsFromWorkflow(definition: WorkflowDefinition): CaseControls {
  return {
    source: "workflow-version",
    reviewMode: definition.review.mode,
    samplePercent:
      definition.review.mode === "sample"
        ? definition.review.percent
        : definition.review.mode === "none"
          ? 0
          : 100,
    requiredQualification: null,
    allowedClassifications: definition.retrieval.allowedClassifications,
    modelKind: definition.model.kind,
  };
}

/** The qualification a reviewer needs when the controls require trained reviewers. */
export const REVIEWER_QUALIFICATION = "genai-review-foundations";

const CLASSIFICATIONS_UP_TO: Record<string, CaseControls["allowedClassifications"]> = {
  unclassified: ["public"],
  protected_a: ["public", "internal"],
  protected_b: ["public", "internal", "confidential"],
  protected_c: ["public", "internal", "confidential"],
  classified: ["public", "internal", "confidential"],
};

/**
 * Controls compiled from the AI system's signed-off assessment. They override the workflow's own review
 * settings; where both limit something (data classifications), the stricter of the two applies.
 */
export function controlsFromControlSet(
  stored: { version: number; controlSet: ControlSet },
  definition: WorkflowDefinition,
): CaseControls {
  const settings = stored.controlSet.settings;
  const review = settings.reviewMode.value;
  const permitted = CLASSIFICATIONS_UP_TO[settings.allowedDataClassifications.value] ?? ["public"];
  return {
    source: "control-set",
    controlSetVersion: `${stored.version}:${stored.controlSet.contentHash.slice(0, 12)}`,
    reviewMode: review.mode,
    samplePercent: review.mode === "sample" ? review.percent : review.mode === "none" ? 0 : 100,
    requiredQualification: settings.reviewerQualificationRequired.value ? REVIEWER_QUALIFICATION : null,
    allowedClassifications: definition.retrieval.allowedClassifications.filter((classification) =>
      permitted.includes(classification),
    ),
    modelKind: definition.model.kind,
  };
}
