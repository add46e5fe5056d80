import type { DraftProvider, DraftRequest, DraftResult } from "./draft-provider.ts";

/**
 * BENCHMARKING TOOL ONLY: a zero-latency, deterministic provider that quotes the first sentence-ish piece of
 * each passage. It measures the rest of the pipeline (database, ledger, queue) without model time. It does no
 * relevance ranking and must never be configured for a service or used in integration tests: the extractive
 * provider is the offline default.
 */
export function instantProvider(): DraftProvider {
  return {
    name: "bench-instant",
    async draft(request: DraftRequest): Promise<DraftResult> {
      const sentences = request.passages.slice(0, 3).map((p) => ({
        text: p.text.split(/(?<=[.!?])\s/)[0] ?? p.text,
        passageIds: [p.id],
      }));
      if (sentences.length === 0) return { status: "failed", reason: "no-answer", detail: "no passages" };
      return {
        status: "drafted",
        answer: { sentences, mode: "extractive" },
        model: { provider: "bench-instant", id: "bench-instant", version: "1" },
      };
    },
  };
}
