import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { APICallError, generateText, NoObjectGeneratedError, NoOutputGeneratedError, Output } from "ai";
import { type BackoffOptions, backoffDelay } from "./backoff-delay.ts";
import { CircuitBreaker } from "./circuit-breaker.ts";
import { acceptDraftAnswer, draftAnswerSchema } from "./draft-answer-schema.ts";
import { buildDraftPrompt } from "./draft-prompt.ts";
import type { DraftFailureReason, DraftProvider, DraftRequest, DraftResult } from "./draft-provider.ts";

export type OpenAICompatibleOptions = {
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts per draft, first included; only timeouts, 429 and 5xx/network errors are retried. */
  maxAttempts: number;
  backoff: BackoffOptions;
  circuit: { failureThreshold: number; coolDownMs: number };
  /** Recorded when the server does not report a model version. */
  modelVersion?: string;
};

export type ResilienceHooks = {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
};

type AttemptOutcome =
  | DraftResult
  | { status: "failed"; reason: DraftFailureReason; detail: string; retryable: boolean };

/**
 * Drafts through any server speaking the OpenAI chat-completions protocol (vLLM, llama.cpp server, Ollama,
 * hosted APIs), with structured output (JSON schema) validated again with zod. Resilience, in order: a
 * circuit breaker refuses calls while the provider is known to be down; each attempt has a timeout; transient
 * failures are retried with capped exponential backoff and jitter. The SDK's own retries are off so these
 * bounds are the only ones.
 */
export function openAICompatibleProvider(
  options: OpenAICompatibleOptions,
  hooks: ResilienceHooks = {},
): DraftProvider {
  const client = createOpenAICompatible({
    name: "openai-compatible",
    baseURL: options.baseUrl.replace(/\/+$/, ""),
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    supportsStructuredOutputs: true,
  });
  const model = client.chatModel(options.model);
  const breaker = new CircuitBreaker({ ...options.circuit, ...(hooks.now ? { now: hooks.now } : {}) });
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function attempt(request: DraftRequest): Promise<AttemptOutcome> {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const { system, prompt } = buildDraftPrompt(request);
    try {
      const result = await generateText({
        model,
        system,
        prompt,
        output: Output.object({ schema: draftAnswerSchema, name: "draft_answer" }),
        temperature: 0,
        maxRetries: 0,
        abortSignal: signal,
      });
      return acceptDraftAnswer(result.output, request.passages, {
        provider: "openai-compatible",
        id: options.model,
        version: result.response.modelId || options.modelVersion || "unknown",
      });
    } catch (error) {
      if (timeout.aborted)
        return {
          status: "failed",
          reason: "timeout",
          detail: `no answer within ${options.timeoutMs} ms`,
          retryable: true,
        };
      if (request.signal?.aborted)
        return { status: "failed", reason: "provider-error", detail: "cancelled", retryable: false };
      if (NoObjectGeneratedError.isInstance(error) || NoOutputGeneratedError.isInstance(error)) {
        const cause = error.cause instanceof Error ? `: ${error.cause.message.slice(0, 300)}` : "";
        return {
          status: "failed",
          reason: "invalid-output",
          detail: `${error.message}${cause}`,
          retryable: false,
        };
      }
      if (APICallError.isInstance(error)) {
        const status = error.statusCode;
        const retryable = status === undefined || status === 408 || status === 429 || status >= 500;
        return {
          status: "failed",
          reason: "provider-error",
          detail: `HTTP ${status ?? "?"}: ${error.message.slice(0, 300)}`,
          retryable,
        };
      }
      const message = error instanceof Error ? error.message : String(error);
      return { status: "failed", reason: "provider-error", detail: message.slice(0, 300), retryable: true };
    }
  }

  return {
    name: "openai-compatible",
    async draft(request: DraftRequest): Promise<DraftResult> {
      if (!breaker.tryAcquire()) {
        return {
          status: "failed",
          reason: "circuit-open",
          detail: "provider failing; calls paused during cool-down",
        };
      }
      let outcome: AttemptOutcome | undefined;
      for (let n = 1; n <= options.maxAttempts; n++) {
        outcome = await attempt(request);
        if (outcome.status === "drafted" || !("retryable" in outcome) || !outcome.retryable) break;
        if (n < options.maxAttempts) await sleep(backoffDelay(n, options.backoff, hooks.random));
      }
      if (!outcome) return { status: "failed", reason: "provider-error", detail: "no attempt made" };
      // Only unavailability counts against the provider's health; a malformed answer means it is up.
      if (
        outcome.status === "failed" &&
        (outcome.reason === "timeout" || outcome.reason === "provider-error")
      ) {
        if (outcome.detail === "cancelled") breaker.release();
        else breaker.recordFailure();
      } else {
        breaker.recordSuccess();
      }
      if (outcome.status === "failed")
        return { status: "failed", reason: outcome.reason, detail: outcome.detail };
      return outcome;
    },
  };
}
