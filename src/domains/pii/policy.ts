import { z } from "zod";
import { type EntityType, entityTypes } from "./entity-type.ts";

const entityTypeSchema = z.enum(entityTypes, {
  error: (issue) => `must be one of ${entityTypes.join(", ")} (got ${JSON.stringify(issue.input)})`,
});
const scoreSchema = z
  .number({ error: "must be a number between 0 and 1" })
  .min(0, { error: "must be at least 0" })
  .max(1, { error: "must be at most 1" });

/** Per-service protection policy: what to redact, how sure to be, what to leave alone, who sees originals. */
export const piiPolicySchema = z.strictObject({
  entityTypes: z
    .array(entityTypeSchema)
    .min(1, { error: "must list at least one entity type" })
    .default([...entityTypes]),
  threshold: scoreSchema.default(0.5),
  thresholds: z.partialRecord(entityTypeSchema, scoreSchema).default({}),
  allowList: z.array(z.string().min(1, { error: "entries must not be empty" })).default([]),
  reviewerSeesOriginals: z.boolean({ error: "must be true or false" }).default(false),
  maxInputLength: z
    .number({ error: "must be a whole number of characters" })
    .int({ error: "must be a whole number of characters" })
    .positive({ error: "must be positive" })
    .default(16 * 1024 * 1024),
});

export type PiiPolicy = z.infer<typeof piiPolicySchema>;

export type PolicyResult = { ok: true; policy: PiiPolicy } | { ok: false; errors: string[] };

/** Validates a policy; each error names the field, e.g. `thresholds.PERSON: must be at most 1`. */
export function parsePiiPolicy(input: unknown): PolicyResult {
  const result = piiPolicySchema.safeParse(input ?? {});
  if (result.success) return { ok: true, policy: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(
      (issue) => `${issue.path.length > 0 ? issue.path.join(".") : "policy"}: ${issue.message}`,
    ),
  };
}

export const defaultPiiPolicy: PiiPolicy = piiPolicySchema.parse({});

export function thresholdFor(policy: PiiPolicy, type: EntityType): number {
  return policy.thresholds[type] ?? policy.threshold;
}
