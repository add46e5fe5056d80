import { z } from "zod";

const extractiveConfig = z.object({
  kind: z.literal("extractive"),
  maxSentences: z.number().int().min(1).max(10).default(3),
});

const openAICompatibleConfig = z.object({
  kind: z.literal("openai-compatible"),
  baseUrl: z.url({ protocol: /^https?$/ }),
  model: z.string().trim().min(1),
  apiKey: z.string().min(1).optional(),
  modelVersion: z.string().min(1).optional(),
  timeoutMs: z.number().int().min(100).max(600_000).default(30_000),
  maxAttempts: z.number().int().min(1).max(6).default(3),
  backoff: z
    .object({
      initialDelayMs: z.number().int().min(0).max(60_000).default(500),
      maxDelayMs: z.number().int().min(0).max(300_000).default(8_000),
    })
    .default({ initialDelayMs: 500, maxDelayMs: 8_000 }),
  circuit: z
    .object({
      failureThreshold: z.number().int().min(1).max(100).default(5),
      coolDownMs: z.number().int().min(0).max(3_600_000).default(30_000),
    })
    .default({ failureThreshold: 5, coolDownMs: 30_000 }),
});

const llamaCppConfig = z.object({
  kind: z.literal("llama-cpp"),
  modelPath: z.string().trim().min(1),
  contextSize: z.number().int().min(512).max(131_072).optional(),
  timeoutMs: z.number().int().min(100).max(600_000).default(120_000),
});

/** Configuration of the drafting provider, one variant per kind; defaults fill what a service leaves out. */
export const providerConfigSchema = z.discriminatedUnion("kind", [
  extractiveConfig,
  openAICompatibleConfig,
  llamaCppConfig,
]);

export type ProviderConfig = z.infer<typeof providerConfigSchema>;
export type ProviderConfigInput = z.input<typeof providerConfigSchema>;
