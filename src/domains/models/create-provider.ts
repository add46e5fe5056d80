import type { DraftProvider } from "./draft-provider.ts";
import { extractiveProvider } from "./extractive-provider.ts";
import { llamaCppProvider } from "./llama-cpp-provider.ts";
import { openAICompatibleProvider, type ResilienceHooks } from "./openai-compatible-provider.ts";
import { type ProviderConfig, providerConfigSchema } from "./provider-config.ts";

/** Invalid provider configuration; `issues` name the path of each problem ("backoff.maxDelayMs: …"). */
export class ProviderConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid model provider configuration: ${issues.join("; ")}`);
    this.name = "ProviderConfigError";
  }
}

export function parseProviderConfig(input: unknown): ProviderConfig {
  const parsed = providerConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ProviderConfigError(
    parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
  );
}

/** Builds the configured provider. Throws ProviderConfigError at start-up, never during a case. */
export function createProvider(input: unknown, hooks: ResilienceHooks = {}): DraftProvider {
  const config = parseProviderConfig(input);
  switch (config.kind) {
    case "extractive":
      return extractiveProvider({ maxSentences: config.maxSentences });
    case "openai-compatible":
      return openAICompatibleProvider(config, hooks);
    case "llama-cpp":
      return llamaCppProvider(config);
  }
}
