import { contentTerms, splitSentences } from "../language/index.ts";
import type { DraftProvider, DraftRequest, DraftResult, DraftSentence } from "./draft-provider.ts";

export const EXTRACTIVE_MODEL = { provider: "extractive", id: "steward-extractive", version: "1" } as const;

export type ExtractiveOptions = {
  /** How many sentences the answer quotes at most. */
  maxSentences?: number;
};

// BM25 constants, the usual values.
const K1 = 1.2;
const B = 0.75;

/**
 * The embedded default provider: offline and deterministic. It quotes the passage sentences that best match
 * the question (BM25 over light-stemmed content words, each sentence a "document"), cites the passage each
 * comes from, and marks the answer extractive so the interface can say it quotes the documents verbatim.
 * Quoted sentences keep the order they have in the retrieved passages, which reads better than score order.
 */
export function extractiveProvider(options: ExtractiveOptions = {}): DraftProvider {
  const maxSentences = options.maxSentences ?? 3;
  return {
    name: "extractive",
    async draft(request: DraftRequest): Promise<DraftResult> {
      const queryTerms = new Set(contentTerms(request.question, request.language));
      const candidates = request.passages.flatMap((passage, passageIndex) =>
        splitSentences(passage.text, request.language).map((text, sentenceIndex) => ({
          text,
          passageId: passage.id,
          position: passageIndex * 10_000 + sentenceIndex,
          terms: contentTerms(text, request.language),
        })),
      );
      if (queryTerms.size === 0 || candidates.length === 0) {
        return { status: "failed", reason: "no-answer", detail: "no question terms or no passage text" };
      }
      const documentFrequency = new Map<string, number>();
      for (const c of candidates)
        for (const t of new Set(c.terms)) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
      const averageLength = candidates.reduce((n, c) => n + c.terms.length, 0) / candidates.length || 1;
      const n = candidates.length;

      const scored = candidates
        .map((c) => {
          let score = 0;
          for (const term of queryTerms) {
            const tf = c.terms.filter((t) => t === term).length;
            if (tf === 0) continue;
            const df = documentFrequency.get(term) ?? 0;
            const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * c.terms.length) / averageLength));
          }
          return { ...c, score };
        })
        .filter((c) => c.score > 0);
      if (scored.length === 0) {
        return {
          status: "failed",
          reason: "no-answer",
          detail: "no passage sentence shares a word with the question",
        };
      }

      const seen = new Set<string>();
      const chosen = scored
        .sort((a, b) => b.score - a.score || a.position - b.position)
        .filter((c) => {
          const key = c.text.toLowerCase();
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .slice(0, maxSentences)
        .sort((a, b) => a.position - b.position);
      const sentences: DraftSentence[] = chosen.map((c) => ({ text: c.text, passageIds: [c.passageId] }));
      return { status: "drafted", answer: { sentences, mode: "extractive" }, model: { ...EXTRACTIVE_MODEL } };
    },
  };
}
