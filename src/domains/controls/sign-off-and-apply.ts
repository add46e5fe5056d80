import { AppError } from "../../errors.ts";
import type { Database } from "../../store/database.ts";
import { findAssessment, signOffAssessment } from "../assessment/index.ts";
import type { User } from "../identity/index.ts";
import { changeLifecycle, findAiSystem } from "../inventory/index.ts";
import type { Ledger } from "../ledger/index.ts";
import { compileAndStoreControlSet, type StoredControlSet } from "./control-set-store.ts";
import { signOffRequirement } from "./sign-off-requirement.ts";

export interface SignOffOutcome {
  effective: boolean;
  signatures: number;
  required: number;
  controlSet: StoredControlSet | undefined;
}

/**
 * A governance officer signs an assessment off. At level III or above (or EU high-risk) two different
 * officers must sign before it takes effect; when it does, the system's controls are recompiled into a
 * new control-set version, which the next cases pin.
 */
export async function signOffAndApply(
  context: { database: Database; ledger: Ledger; now: () => Date },
  user: User,
  assessmentId: string,
): Promise<SignOffOutcome> {
  if (!user.roles.includes("governance_officer"))
    throw new AppError("forbidden", "only a governance officer can sign off an assessment");
  const assessment = await findAssessment(context.database, user.agencyId, assessmentId);
  if (!assessment) throw new AppError("not_found", "no such assessment");
  const result = assessment.result;
  const requirement =
    result?.kind === "aia"
      ? signOffRequirement(result.level)
      : signOffRequirement(1, result?.kind === "eu-ai-act" ? result.category : undefined);
  const outcome = await signOffAssessment(context, user.agencyId, assessment, user.id, requirement.signers);
  let controlSet: StoredControlSet | undefined;
  if (outcome.effective) {
    controlSet = await compileAndStoreControlSet(
      context,
      user.agencyId,
      assessment.systemId,
      `user:${user.id}`,
    );
    const system = await findAiSystem(context.database, user.agencyId, assessment.systemId);
    if (system?.lifecycle === "proposed")
      await changeLifecycle(context, system, "assessed", `user:${user.id}`, true);
    const assessed = await findAiSystem(context.database, user.agencyId, assessment.systemId);
    if (assessed?.lifecycle === "assessed")
      await changeLifecycle(context, assessed, "approved", `user:${user.id}`, true);
  }
  return {
    effective: outcome.effective,
    signatures: outcome.signatures,
    required: requirement.signers,
    controlSet,
  };
}
