import type { EuRiskCategory } from "../assessment/screen-eu-ai-act.ts";

export interface SignOffRequirement {
  signers: 1 | 2;
  role: "governance_officer";
  /** The two signers must be different people. */
  distinctSigners: boolean;
}

/**
 * Who must sign off a submitted assessment: two governance officers from impact level III up (the
 * Directive's high-impact levels) or for an EU high-risk system, one otherwise.
 */
export function signOffRequirement(level: 1 | 2 | 3 | 4, euCategory?: EuRiskCategory): SignOffRequirement {
  const two = level >= 3 || euCategory === "high-risk" || euCategory === "prohibited";
  return { signers: two ? 2 : 1, role: "governance_officer", distinctSigners: two };
}
