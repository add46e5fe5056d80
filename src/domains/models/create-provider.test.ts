import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createProvider, ProviderConfigError, parseProviderConfig } from "./create-provider.ts";
import { LLAMA_CPP_MISSING } from "./llama-cpp-provider.ts";

describe("createProvider", () => {
  it("fills defaults", () => {
    const config = parseProviderConfig({
      kind: "openai-compatible",
      baseUrl: "http://127.0.0.1:8080/v1",
      model: "m",
    });
    assert.equal(config.kind === "openai-compatible" && config.maxAttempts, 3);
    assert.equal(createProvider({ kind: "extractive" }).name, "extractive");
  });

  it("names the path of each configuration problem", () => {
    assert.throws(
      () =>
        createProvider({
          kind: "openai-compatible",
          baseUrl: "not a url",
          model: "",
          backoff: { maxDelayMs: -1 },
        }),
      (error: unknown) => {
        assert.ok(error instanceof ProviderConfigError);
        const paths = error.issues.map((issue) => issue.split(":")[0]);
        assert.deepEqual(paths.sort(), ["backoff.maxDelayMs", "baseUrl", "model"]);
        return true;
      },
    );
    assert.throws(() => createProvider({ kind: "gpt" }), /kind/);
  });
});

describe("llamaCppProvider without node-llama-cpp installed", () => {
  it("fails every draft with a value explaining how to install it", async () => {
    const provider = createProvider({ kind: "llama-cpp", modelPath: "/models/missing.gguf" });
    const result = await provider.draft({ question: "q", language: "en", instructions: "", passages: [] });
    assert.deepEqual(result, { status: "failed", reason: "provider-error", detail: LLAMA_CPP_MISSING });
    assert.match(LLAMA_CPP_MISSING, /npm install node-llama-cpp/);
    assert.match(LLAMA_CPP_MISSING, /modelPath/);
  });
});
