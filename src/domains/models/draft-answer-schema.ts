import { z } from "zod";
import type { DraftPassage, DraftResult, ModelIdentity } from "./draft-provider.ts";

/**
 * The shape a model must return: the answer as sentences, each citing passage ids. Bounds keep a runaway
 * model from filling a reviewer's screen. The same schema is sent to the model as its JSON schema.
 */
export const draftAnswerSchema = z.object({
  sentences: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(1000),
        passageIds: z.array(z.string().min(1)).max(8),
      }),
    )
    .min(1)
    .max(30),
});

export type DraftAnswer = z.infer<typeof draftAnswerSchema>;

/** Validates raw model output and rejects any citation of a passage the model was not given. */
export function acceptDraftAnswer(
  raw: unknown,
  passages: readonly DraftPassage[],
  model: ModelIdentity,
): DraftResult {
  const parsed = draftAnswerSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    return { status: "failed", reason: "invalid-output", detail: where };
  }
  const known = new Set(passages.map((p) => p.id));
  const unknown = [
    ...new Set(parsed.data.sentences.flatMap((s) => s.passageIds).filter((id) => !known.has(id))),
  ];
  if (unknown.length > 0) {
    return {
      status: "failed",
      reason: "unknown-passage",
      detail: `cited passages not provided: ${unknown.join(", ")}`,
    };
  }
  return { status: "drafted", answer: { sentences: parsed.data.sentences, mode: "generated" }, model };
}
