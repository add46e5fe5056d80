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
