import { z } from "zod";
import { defineLedgerEvent } from "../ledger/index.ts";

const id = z.string().min(1).max(200);

export const assessmentStarted = defineLedgerEvent("assessment-started", {
  assessmentId: id,
  systemId: id,
  questionnaire: z.string(),
  questionnaireVersion: z.string(),
});
export const assessmentSubmitted = defineLedgerEvent("assessment-submitted", {
  assessmentId: id,
  systemId: id,
  questionnaire: z.string(),
  level: z.number().int().optional(),
  rawImpactScore: z.number().optional(),
  mitigationScore: z.number().optional(),
  currentScore: z.number().optional(),
  euCategory: z.string().optional(),
  answersDigest: z.string(),
  warnings: z.array(z.string()),
});
export const assessmentSignedOff = defineLedgerEvent("assessment-signed-off", {
  assessmentId: id,
  userId: id,
  signatures: z.number().int(),
  required: z.number().int(),
  effective: z.boolean(),
});
