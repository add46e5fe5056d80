import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { providerConfigSchema } from "../models/index.ts";
import { defaultPiiPolicy, type PiiPolicy, piiPolicySchema } from "../pii/index.ts";

const languageCode = z.enum(["en", "fr", "es", "de", "pt", "ar"]);

/**
 * A workflow version's definition: a validated document (JSON or YAML). Errors name the exact path.
 * The review settings here are the fallback used until the service's AI system has an approved
 * assessment whose compiled controls take over.
 */
export const workflowDefinitionSchema = z.strictObject({
  languages: z.array(languageCode).min(1, "list at least one language"),
  defaultLanguage: languageCode,
  review: z.discriminatedUnion("mode", [
    z.strictObject({ mode: z.literal("none") }),
    z.strictObject({ mode: z.literal("sample"), percent: z.number().min(0).max(100) }),
    z.strictObject({ mode: z.literal("all") }),
    z.strictObject({ mode: z.literal("four_eyes") }),
  ]),
  model: providerConfigSchema.default(() => providerConfigSchema.parse({ kind: "extractive" })),
  retrieval: z
    .strictObject({
      topK: z.number().int().min(1).max(20).default(5),
      allowedClassifications: z
        .array(z.enum(["public", "internal", "confidential", "personal"]))
        .min(1)
        .default(["public"]),
    })
    .default({ topK: 5, allowedClassifications: ["public"] }),
  scope: z.strictObject({ keywords: z.array(z.string().min(2)).default([]) }).default({ keywords: [] }),
  readability: z.strictObject({ targetGrade: z.number().min(1).max(20) }).default({ targetGrade: 9 }),
  intake: z
    .strictObject({ maxQuestionLength: z.number().int().min(100).max(20_000).default(2000) })
    .default({ maxQuestionLength: 2000 }),
  instructions: z
    .string()
    .default("Answer only from the passages. Be brief and plain. Never promise an outcome or an amount."),
  /**
   * The service's personal-data policy: which types are redacted, how sure a detection must be, what is left
   * alone (the agency's own telephone number), whether reviewers may see originals. Applied at intake, to
   * retrieved passages, to the model's output and to citizens' comments.
   */
  personalData: piiPolicySchema.default(() => piiPolicySchema.parse({})),
});

export type WorkflowDefinition = z.output<typeof workflowDefinitionSchema>;
export type ReviewSettings = WorkflowDefinition["review"];

/**
 * The personal-data policy a definition sets. Versions published before definitions had the section were
 * stored without it and keep the default policy they ran under.
 */
export function personalDataPolicy(
  definition: WorkflowDefinition | Omit<WorkflowDefinition, "personalData">,
): PiiPolicy {
  return ("personalData" in definition ? definition.personalData : undefined) ?? defaultPiiPolicy;
}

export type DefinitionParse = { ok: true; definition: WorkflowDefinition } | { ok: false; errors: string[] };

/** Parses a definition given as an object, JSON text or YAML text. */
export function parseWorkflowDefinition(input: unknown): DefinitionParse {
  let value = input;
  if (typeof input === "string") {
    try {
      value = input.trimStart().startsWith("{") ? JSON.parse(input) : parseYaml(input);
    } catch (error) {
      return {
        ok: false,
        errors: [`(document): not valid JSON or YAML: ${(error as Error).message.split("\n")[0]}`],
      };
    }
  }
  const result = workflowDefinitionSchema.safeParse(value);
  if (result.success) {
    if (!result.data.languages.includes(result.data.defaultLanguage)) {
      return { ok: false, errors: ["defaultLanguage: must be one of languages"] };
    }
    return { ok: true, definition: result.data };
  }
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join(".") || "(document)"}: ${issue.message}`),
  };
}
