import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DraftRequest } from "./draft-provider.ts";
import { type FakeServer, startFakeOpenAIServer } from "./fake-openai-server.ts";
import { type OpenAICompatibleOptions, openAICompatibleProvider } from "./openai-compatible-provider.ts";

const request: DraftRequest = {
  question: "How much does a passport renewal cost?",
  language: "en",
  instructions: "Be brief.",
  passages: [
    { id: "p1", title: "Fees", text: "Passport renewals cost 86 euros for adults." },
    { id: "p2", title: "Documents", text: "Bring two photographs." },
  ],
};
const valid = JSON.stringify({
  sentences: [{ text: "A renewal costs 86 euros for adults.", passageIds: ["p1"] }],
});

let server: FakeServer;
before(async () => {
  server = await startFakeOpenAIServer();
});
after(async () => {
  await server.close();
});

function options(overrides: Partial<OpenAICompatibleOptions> = {}): OpenAICompatibleOptions {
  return {
    baseUrl: server.baseUrl,
    model: "test-model",
    apiKey: "test-key",
    timeoutMs: 2_000,
    maxAttempts: 3,
    backoff: { initialDelayMs: 1, maxDelayMs: 4 },
    circuit: { failureThreshold: 2, coolDownMs: 60_000 },
    ...overrides,
  };
}

describe("openAICompatibleProvider against a protocol-level fake server", () => {
  it("returns a validated draft with the model identity, sending a JSON schema", async () => {
    server.enqueue({ kind: "content", content: valid, model: "test-model-2025-05" });
    const seen = server.requests.length;
    const result = await openAICompatibleProvider(options()).draft(request);
    assert.deepEqual(result, {
      status: "drafted",
      answer: {
        sentences: [{ text: "A renewal costs 86 euros for adults.", passageIds: ["p1"] }],
        mode: "generated",
      },
      model: { provider: "openai-compatible", id: "test-model", version: "test-model-2025-05" },
    });
    const body = server.requests[seen] as {
      model: string;
      response_format?: { type: string };
      messages: { content: string }[];
    };
    assert.equal(body.model, "test-model");
    assert.equal(body.response_format?.type, "json_schema");
    assert.match(JSON.stringify(body.messages), /<passage id=\\"p1\\"/);
  });

  it("fails with invalid-output on malformed JSON, without retrying", async () => {
    const seen = server.requests.length;
    server.enqueue({ kind: "content", content: '{"sentences": [ {"text": "unterminated' });
    const result = await openAICompatibleProvider(options()).draft(request);
    assert.equal(result.status === "failed" && result.reason, "invalid-output");
    assert.equal(server.requests.length - seen, 1);
  });

  it("fails with invalid-output when the JSON does not match the schema", async () => {
    server.enqueue({ kind: "content", content: JSON.stringify({ sentences: [] }) });
    const result = await openAICompatibleProvider(options()).draft(request);
    assert.equal(result.status === "failed" && result.reason, "invalid-output");
  });

  it("fails with unknown-passage when the model cites a passage it was not given", async () => {
    server.enqueue({
      kind: "content",
      content: JSON.stringify({ sentences: [{ text: "Renewals cost 86 euros.", passageIds: ["p1", "p7"] }] }),
    });
    const result = await openAICompatibleProvider(options()).draft(request);
    assert.deepEqual(result, {
      status: "failed",
      reason: "unknown-passage",
      detail: "cited passages not provided: p7",
    });
  });

  it("times out a slow response", async () => {
    server.enqueue({ kind: "slow", delayMs: 1_000, content: valid });
    const started = Date.now();
    const result = await openAICompatibleProvider(options({ timeoutMs: 150, maxAttempts: 1 })).draft(request);
    assert.equal(result.status === "failed" && result.reason, "timeout");
    assert.ok(Date.now() - started < 900, "did not wait for the slow server");
  });

  it("retries 500s with backoff, fails, then opens the circuit", async () => {
    const sleeps: number[] = [];
    let clock = 0;
    const provider = openAICompatibleProvider(options(), {
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 1,
    });
    const seen = server.requests.length;
    server.enqueue(...Array.from({ length: 6 }, () => ({ kind: "status" as const, status: 500 })));

    const first = await provider.draft(request);
    assert.equal(first.status === "failed" && first.reason, "provider-error");
    assert.equal(server.requests.length - seen, 3, "three attempts");
    assert.deepEqual(sleeps, [1, 2], "exponential backoff between attempts");

    const second = await provider.draft(request);
    assert.equal(second.status === "failed" && second.reason, "provider-error");
    assert.equal(server.requests.length - seen, 6);

    const third = await provider.draft(request);
    assert.equal(third.status === "failed" && third.reason, "circuit-open");
    assert.equal(server.requests.length - seen, 6, "no request while the circuit is open");

    clock = 60_000; // cool-down over: one trial call goes through and succeeds
    server.enqueue({ kind: "content", content: valid });
    assert.equal((await provider.draft(request)).status, "drafted");
    server.enqueue({ kind: "content", content: valid });
    assert.equal((await provider.draft(request)).status, "drafted", "circuit closed again");
  });

  it("does not retry a 400", async () => {
    const seen = server.requests.length;
    server.enqueue({ kind: "status", status: 400, body: "bad request" });
    const result = await openAICompatibleProvider(options()).draft(request);
    assert.equal(result.status === "failed" && result.reason, "provider-error");
    assert.equal(server.requests.length - seen, 1);
  });
});
