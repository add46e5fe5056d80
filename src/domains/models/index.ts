export type { BackoffOptions } from "./backoff-delay.ts";
export { backoffDelay } from "./backoff-delay.ts";
export { instantProvider } from "./bench-provider.ts";
export type { CircuitBreakerOptions, CircuitState } from "./circuit-breaker.ts";
export { CircuitBreaker } from "./circuit-breaker.ts";
export { createProvider, ProviderConfigError, parseProviderConfig } from "./create-provider.ts";
export type { DraftAnswer } from "./draft-answer-schema.ts";
export { acceptDraftAnswer, draftAnswerSchema } from "./draft-answer-schema.ts";
export { buildDraftPrompt } from "./draft-prompt.ts";
export type {
  DraftFailureReason,
  DraftPassage,
  DraftProvider,
  DraftRequest,
  DraftResult,
  DraftSentence,
  ModelIdentity,
} from "./draft-provider.ts";
export type { ExtractiveOptions } from "./extractive-provider.ts";
export { EXTRACTIVE_MODEL, extractiveProvider } from "./extractive-provider.ts";
export type { LlamaCppOptions } from "./llama-cpp-provider.ts";
export { LLAMA_CPP_MISSING, llamaCppProvider } from "./llama-cpp-provider.ts";
export type { OpenAICompatibleOptions, ResilienceHooks } from "./openai-compatible-provider.ts";
export { openAICompatibleProvider } from "./openai-compatible-provider.ts";
export type { ProviderConfig, ProviderConfigInput } from "./provider-config.ts";
export { providerConfigSchema } from "./provider-config.ts";
