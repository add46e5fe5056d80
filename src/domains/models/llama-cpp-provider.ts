import { existsSync } from "node:fs";
import { z } from "zod";
import { acceptDraftAnswer, draftAnswerSchema } from "./draft-answer-schema.ts";
import { buildDraftPrompt } from "./draft-prompt.ts";
import type { DraftProvider, DraftRequest, DraftResult } from "./draft-provider.ts";

export type LlamaCppOptions = {
  /** Path to a GGUF model file. */
  modelPath: string;
  contextSize?: number;
  timeoutMs: number;
};

export const LLAMA_CPP_MISSING =
  "the llama-cpp provider needs the optional package node-llama-cpp: run `npm install node-llama-cpp` and set the provider's modelPath to a local GGUF file";

// The small part of node-llama-cpp's API we use, typed here because the package is optional.
type LlamaModule = {
  getLlama(): Promise<{
    loadModel(options: { modelPath: string }): Promise<{
      createContext(options?: { contextSize?: number }): Promise<{ getSequence(): unknown }>;
    }>;
    createGrammarForJsonSchema(schema: unknown): Promise<unknown>;
  }>;
  LlamaChatSession: new (options: {
    contextSequence: unknown;
    systemPrompt?: string;
  }) => {
    prompt(
      text: string,
      options: { grammar?: unknown; signal?: AbortSignal; temperature?: number },
    ): Promise<string>;
  };
};

type Loaded = {
  module: LlamaModule;
  session: (system: string) => InstanceType<LlamaModule["LlamaChatSession"]>;
  grammar: unknown;
};

/** Loads the optional package by a computed specifier, so type-checking and bundling never require it. */
async function importLlama(specifier: string): Promise<LlamaModule | undefined> {
  try {
    return (await import(specifier)) as LlamaModule;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}

/**
 * Drafts with a local GGUF model through node-llama-cpp, constrained by a JSON-schema grammar and validated
 * like any other provider. The package is optional: when it is absent every draft fails with a value that says
 * how to install it (the runner hands the case to a person and an operator sees the reason).
 */
export function llamaCppProvider(options: LlamaCppOptions, moduleName = "node-llama-cpp"): DraftProvider {
  let loading: Promise<Loaded | string> | undefined;

  async function load(): Promise<Loaded | string> {
    const module = await importLlama(moduleName);
    if (!module) return LLAMA_CPP_MISSING;
    if (!existsSync(options.modelPath))
      return `GGUF model not found at the configured modelPath (${options.modelPath})`;
    const llama = await module.getLlama();
    const model = await llama.loadModel({ modelPath: options.modelPath });
    const context = await model.createContext(
      options.contextSize ? { contextSize: options.contextSize } : {},
    );
    const grammar = await llama.createGrammarForJsonSchema(z.toJSONSchema(draftAnswerSchema));
    const sequence = context.getSequence();
    return {
      module,
      grammar,
      session: (systemPrompt) => new module.LlamaChatSession({ contextSequence: sequence, systemPrompt }),
    };
  }

  return {
    name: "llama-cpp",
    async draft(request: DraftRequest): Promise<DraftResult> {
      loading ??= load().catch(
        (error: unknown) =>
          `could not load the model: ${error instanceof Error ? error.message : String(error)}`,
      );
      const loaded = await loading;
      if (typeof loaded === "string") {
        loading = undefined; // allow a later retry after the operator fixes the installation
        return { status: "failed", reason: "provider-error", detail: loaded };
      }
      const { system, prompt } = buildDraftPrompt(request);
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
      try {
        const text = await loaded
          .session(system)
          .prompt(prompt, { grammar: loaded.grammar, signal, temperature: 0 });
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          return { status: "failed", reason: "invalid-output", detail: "model output is not JSON" };
        }
        const id = options.modelPath.replace(/^.*[\\/]/, "");
        return acceptDraftAnswer(raw, request.passages, { provider: "llama-cpp", id, version: id });
      } catch (error) {
        if (timeout.aborted)
          return { status: "failed", reason: "timeout", detail: `no answer within ${options.timeoutMs} ms` };
        return {
          status: "failed",
          reason: "provider-error",
          detail: error instanceof Error ? error.message : String(error),
        };
      }
    },
  };
}
